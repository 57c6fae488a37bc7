package gxq.health.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gxq.health.demo.DemoHealthPlan.Cities;
import gxq.health.demo.DemoHealthPlan.Kind;
import gxq.health.demo.DemoHealthPlan.Person;
import gxq.health.demo.DemoHealthPlan.PersonPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DemoHealthPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 2, 28);
    private static final Cities CITIES = new Cities("110100", List.of("310100", "440100"), List.of("420900"),
            List.of("421100"));

    private static List<Person> zone(int n, int logins) {
        List<Person> staff = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            staff.add(new Person(1000 + i, 10 + i / 30, 1, i < logins, i < logins ? 500 + i : 99));
        }
        return staff;
    }

    private static List<PersonPlan> plan(long seed) {
        return DemoHealthPlan.forZone(zone(600, 3), CITIES, TODAY, 3, 88, new SplittableRandom(seed));
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(plan(7)).isEqualTo(plan(7)).isNotEqualTo(plan(8));
    }

    @Test
    void sharesOfAZoneOf600() {
        List<PersonPlan> plans = plan(1);
        assertThat(plans).hasSize(600);
        assertThat(plans.stream().filter(p -> p.declaredOn(TODAY)).count()).isEqualTo(528); // 88 %
        assertThat(plans.stream().filter(p -> p.person().hasLogin())).hasSize(3)
                .noneMatch(p -> p.declaredOn(TODAY)).allMatch(p -> p.days().size() == 2 && p.kind() == Kind.NORMAL);
        assertThat(plans.stream().filter(p -> p.kind() == Kind.FEVER)).hasSize(12)
                .allMatch(p -> p.days().stream().anyMatch(d -> d.temperature().compareTo(new BigDecimal("37.3")) >= 0));
        assertThat(plans.stream().filter(p -> p.kind() == Kind.SYMPTOMS)).hasSize(6);
        assertThat(plans.stream().filter(p -> p.kind() == Kind.CONTACT)).hasSize(2)
                .allMatch(p -> p.days().stream().anyMatch(d -> !d.contact().equals("NONE")));
        List<PersonPlan> returnees = plans.stream().filter(p -> p.kind() == Kind.RETURNEE).toList();
        assertThat(returnees).hasSize(18).allMatch(p -> p.days().stream().allMatch(d -> d.returned()
                && !d.returnDate().isBefore(TODAY.minusDays(10)) && !d.returnDate().isAfter(TODAY.minusDays(3))));
        assertThat(returnees.stream().map(p -> p.days().get(0).returnFrom()))
                .containsOnlyOnce("421100").contains("420900", "310100").doesNotContain("110100");
        assertThat(plans.stream().filter(p -> p.kind() == Kind.NORMAL).flatMap(p -> p.days().stream()))
                .allMatch(d -> d.temperature().compareTo(new BigDecimal("36.1")) >= 0
                        && d.temperature().compareTo(new BigDecimal("36.9")) <= 0 && d.symptoms().isEmpty());
    }
}
