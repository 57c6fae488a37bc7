package gxq.health.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the demo declares for one zone's staff over the last days — a pure function of the roster, the cities, the
 * day and the random generator, so that the same seed gives the same data. Counts per zone are fixed fractions (at
 * least one of each kind), not probabilities, so that even a small test zone shows every case:
 * <ul>
 *   <li>about 12 % have not declared today (always including the employees with a login, so a demo user can try
 *       it);</li>
 *   <li>2 % fever and 1 % a listed symptom (yesterday, or today when they declared today);</li>
 *   <li>3 % returned from another city 3–10 days ago — the first from a high-risk city, every third from a
 *       medium-risk city, the others from ordinary ones;</li>
 *   <li>0.3 % declared contact with a confirmed or suspected case;</li>
 *   <li>the others normal, 36.1–36.9 ℃, missing a past day now and then.</li>
 * </ul>
 */
final class DemoHealthPlan {

    static final List<String> SYMPTOMS = List.of("干咳", "乏力", "咽痛", "腹泻", "嗅觉味觉减退");

    /** An active employee; {@code declaredBy} is their own account, or their enterprise admin's (代报). */
    record Person(long employeeId, long enterpriseId, long zoneId, boolean hasLogin, long declaredBy) {
    }

    enum Kind { NORMAL, FEVER, SYMPTOMS, CONTACT, RETURNEE }

    /** One declaration: the day, the local time it was made, and the answers of the form. */
    record Day(LocalDate date, LocalTime at, BigDecimal temperature, List<String> symptoms, String contact,
            String returnFrom, LocalDate returnDate, LocalDate visitedOn) {

        boolean returned() {
            return returnFrom != null;
        }
    }

    record PersonPlan(Person person, Kind kind, List<Day> days) {

        boolean declaredOn(LocalDate date) {
            return days.stream().anyMatch(d -> d.date().equals(date));
        }
    }

    /**
     * @param home     the zone's city (current city of every declaration; may be null)
     * @param ordinary cities returnees come from that carry no risk
     * @param medium   medium-risk cities (yellow)
     * @param high     high-risk cities (red)
     */
    record Cities(String home, List<String> ordinary, List<String> medium, List<String> high) {
    }

    private DemoHealthPlan() {
    }

    static List<PersonPlan> forZone(List<Person> staff, Cities cities, LocalDate today, int days,
            int declaredTodayPercent, SplittableRandom random) {
        int n = staff.size();
        List<Person> others = new ArrayList<>(staff.stream().filter(p -> !p.hasLogin()).toList());
        shuffle(others, random);

        // who has not declared today: the logins, then others up to the share
        Set<Long> missingToday = new HashSet<>();
        staff.stream().filter(Person::hasLogin).forEach(p -> missingToday.add(p.employeeId()));
        int missing = (int) Math.round(n * (100 - declaredTodayPercent) / 100.0);
        List<Person> order = new ArrayList<>(others);
        shuffle(order, random);
        for (int i = 0; missingToday.size() < missing && i < order.size(); i++) {
            missingToday.add(order.get(i).employeeId());
        }

        int contacts = atLeastOne(n * 0.003);
        int fevers = atLeastOne(n * 0.02);
        int symptoms = atLeastOne(n * 0.01);
        int returnees = atLeastOne(n * 0.03);

        List<PersonPlan> plans = new ArrayList<>(n);
        int next = 0;
        int returneeIndex = 0;
        for (Person p : staff) {
            if (p.hasLogin()) {
                plans.add(plan(p, Kind.NORMAL, 0, cities, today, days, true, random));
            }
        }
        for (Person p : others) {
            Kind kind;
            if (next < contacts) {
                kind = Kind.CONTACT;
            } else if (next < contacts + fevers) {
                kind = Kind.FEVER;
            } else if (next < contacts + fevers + symptoms) {
                kind = Kind.SYMPTOMS;
            } else if (next < contacts + fevers + symptoms + returnees) {
                kind = Kind.RETURNEE;
            } else {
                kind = Kind.NORMAL;
            }
            next++;
            int index = kind == Kind.RETURNEE ? returneeIndex++ : next;
            plans.add(plan(p, kind, index, cities, today, days, missingToday.contains(p.employeeId()), random));
        }
        return plans;
    }

    private static PersonPlan plan(Person p, Kind kind, int index, Cities cities, LocalDate today, int days,
            boolean missesToday, SplittableRandom random) {
        LocalDate first = today.minusDays(days - 1L);
        // the day something happens: today when they declare today, else yesterday
        LocalDate event = missesToday && days > 1 ? today.minusDays(1) : today;
        String returnFrom = null;
        LocalDate returnDate = null;
        if (kind == Kind.RETURNEE) {
            List<String> from = index == 0 && !cities.high().isEmpty() ? cities.high()
                    : index % 3 == 1 && !cities.medium().isEmpty() ? cities.medium() : cities.ordinary();
            returnFrom = from.get(random.nextInt(from.size()));
            returnDate = today.minusDays(3 + random.nextInt(8)); // 3–10 days ago
        }
        String contact = kind == Kind.CONTACT ? (index % 2 == 0 ? "CONFIRMED" : "SUSPECTED") : "NONE";
        List<Day> out = new ArrayList<>(days);
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            boolean isToday = d.equals(today);
            if (isToday && missesToday) {
                continue;
            }
            if (!isToday && kind == Kind.NORMAL && !p.hasLogin() && random.nextInt(100) < 3) {
                continue; // forgot that day
            }
            BigDecimal t = normalTemperature(random);
            List<String> listed = List.of();
            String c = "NONE";
            if (kind == Kind.FEVER && d.equals(event)) {
                t = BigDecimal.valueOf(373 + random.nextInt(13), 1); // 37.3–38.5
                listed = random.nextBoolean() ? List.of("发热") : List.of("发热", "乏力");
            } else if (kind == Kind.FEVER && d.isAfter(event)) {
                t = BigDecimal.valueOf(368 + random.nextInt(4), 1); // 36.8–37.1
            } else if (kind == Kind.SYMPTOMS && !d.isBefore(event)) {
                listed = List.of(SYMPTOMS.get(index % SYMPTOMS.size()));
            } else if (kind == Kind.CONTACT && !d.isBefore(event)) {
                c = contact;
            }
            LocalTime at = LocalTime.of(6, 30).plusMinutes(random.nextInt(180)).plusSeconds(random.nextInt(60));
            out.add(new Day(d, at, t, listed, c, returnFrom, returnDate,
                    returnDate == null ? null : returnDate.minusDays(1)));
        }
        return new PersonPlan(p, kind, out);
    }

    /** 36.1–36.9 ℃, most often around 36.5. */
    private static BigDecimal normalTemperature(SplittableRandom random) {
        return BigDecimal.valueOf(361 + random.nextInt(5) + random.nextInt(5), 1);
    }

    private static int atLeastOne(double x) {
        return Math.max(1, (int) Math.round(x));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
