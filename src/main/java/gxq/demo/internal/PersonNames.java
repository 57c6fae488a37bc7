package gxq.demo.internal;

import java.util.SplittableRandom;

/**
 * Chinese personal names: a surname drawn by its frequency (the hundred commonest surnames with their approximate
 * share of the population in per ten thousand, after the 2020 census and the Ministry of Public Security's name
 * reports, plus a few compound surnames), then one or two given-name characters typical of the person's gender.
 */
final class PersonNames {

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯",
        "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤",
        "欧阳", "上官", "司马", "诸葛"};
    private static final int[] WEIGHTS = {
        712, 700, 674, 510, 461, 322, 245, 219, 205, 198, 167, 154, 152, 145, 132, 119, 117, 110, 105, 104,
        98, 96, 90, 86, 84, 83, 82, 78, 77, 76, 74, 72, 70, 68, 67, 66, 65, 63, 62, 61,
        60, 58, 57, 56, 55, 54, 53, 52, 51, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39,
        38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 28, 27, 27, 26, 26, 25, 25, 24, 24,
        23, 23, 22, 22, 21, 21, 20, 20, 19, 19, 18, 18, 17, 17, 16, 16, 15, 15, 14, 14,
        3, 1, 1, 1};
    private static final int[] CUMULATIVE = new int[WEIGHTS.length];
    private static final int TOTAL;

    static {
        if (SURNAMES.length != WEIGHTS.length) {
            throw new ExceptionInInitializerError("surnames and weights differ in length");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i];
            CUMULATIVE[i] = sum;
        }
        TOTAL = sum;
    }

    private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳建国峰亮成东文博志海晨昊然轩睿泽铭哲瑞振兴家豪德良";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲燕婷雪琳倩颖晶慧欣怡佳萍红梅莉丹蕾璐薇雅诗涵悦琪雨梦晓婉妍彤馨淑月洁素兰";
    private static final String EITHER = "子一思天嘉梓文安可心若晨宁欣佳";

    private PersonNames() {
    }

    static String surname(SplittableRandom random) {
        int r = random.nextInt(TOTAL);
        int lo = 0;
        int hi = CUMULATIVE.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (CUMULATIVE[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return SURNAMES[lo];
    }

    /** A full name for a man ({@code 'M'}) or a woman ({@code 'F'}). */
    static String name(SplittableRandom random, char gender) {
        String pool = gender == 'F' ? FEMALE : MALE;
        StringBuilder sb = new StringBuilder(4).append(surname(random));
        if (random.nextInt(100) < 30) {
            sb.append(pick(random, pool));
        } else {
            sb.append(random.nextInt(100) < 20 ? pick(random, EITHER) : pick(random, pool));
            sb.append(pick(random, pool));
        }
        return sb.toString();
    }

    static String name(SplittableRandom random) {
        return name(random, random.nextBoolean() ? 'M' : 'F');
    }

    static boolean isKnownSurname(String s) {
        for (String surname : SURNAMES) {
            if (surname.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static char pick(SplittableRandom random, String pool) {
        return pool.charAt(random.nextInt(pool.length()));
    }
}
