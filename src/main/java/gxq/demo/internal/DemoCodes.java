package gxq.demo.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import gxq.common.validation.ResidentId;
import gxq.common.validation.Uscc;

/**
 * Valid and, per instance, unique identifiers for demo rows: 统一社会信用代码 (with the check character from
 * {@link Uscc#complete}), 居民身份证号码 (check digit from {@link ResidentId#complete}) and mobile numbers.
 */
final class DemoCodes {

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
        "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
        "191", "198", "199"};

    private final Set<String> usccs = new HashSet<>();
    private final Set<Long> idNumbers = new HashSet<>();
    private final Set<Long> mobiles = new HashSet<>();

    /**
     * A company's code: 9 (registered by the market regulator) 1 (enterprise), the district's code, then an
     * organisation code in the {@code MA} form given to companies registered since 2015, then the check character.
     */
    String uscc(SplittableRandom random, String areaCode) {
        while (true) {
            StringBuilder sb = new StringBuilder(17).append("91").append(areaCode).append("MA");
            for (int i = 0; i < 7; i++) {
                sb.append(USCC_CHARS.charAt(random.nextInt(USCC_CHARS.length())));
            }
            String code = Uscc.complete(sb.toString());
            if (usccs.add(code)) {
                return code;
            }
        }
    }

    /**
     * An ID number registered in {@code areaCode} for a person of the given gender born between {@code oldest} and
     * {@code youngest} (inclusive). The 17th digit is odd for men and even for women.
     */
    String idNumber(SplittableRandom random, String areaCode, char gender, LocalDate oldest, LocalDate youngest) {
        long days = youngest.toEpochDay() - oldest.toEpochDay() + 1;
        while (true) {
            LocalDate birth = oldest.plusDays(random.nextLong(days));
            int order = random.nextInt(100) * 10 + (gender == 'F' ? 2 * random.nextInt(5) : 2 * random.nextInt(5) + 1);
            String first17 = areaCode + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", order);
            if (idNumbers.add(Long.parseLong(first17))) {
                return ResidentId.complete(first17);
            }
        }
    }

    String mobile(SplittableRandom random) {
        while (true) {
            String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
            long number = Long.parseLong(prefix) * 100_000_000L + random.nextInt(100_000_000);
            if (mobiles.add(number)) {
                return Long.toString(number);
            }
        }
    }
}
