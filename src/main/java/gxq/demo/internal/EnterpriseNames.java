package gxq.demo.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Names of technology enterprises the way they are registered: place + brand (字号) + line of business + form, e.g.
 * 北京智联科技有限公司 or 瑞康（苏州）生物医药股份有限公司. Each line of business carries its GB/T 4754 industry section.
 * Names are unique per instance.
 */
final class EnterpriseNames {

    /** A line of business and its industry section letter (C manufacturing, I IT, M research, N environment). */
    record Trade(String words, String industry) {
    }

    static final Trade[] TRADES = {
        new Trade("科技", "I"), new Trade("信息技术", "I"), new Trade("软件", "I"), new Trade("网络科技", "I"),
        new Trade("数据科技", "I"), new Trade("智能科技", "I"), new Trade("生物科技", "M"), new Trade("生物医药", "C"),
        new Trade("医疗器械", "C"), new Trade("电子", "C"), new Trade("微电子", "C"), new Trade("光电科技", "C"),
        new Trade("新材料", "C"), new Trade("智能装备", "C"), new Trade("新能源科技", "C"), new Trade("环保科技", "N"),
        new Trade("检测技术", "M"), new Trade("技术服务", "M")};

    private static final String FIRST = "智华中云博瑞恒天新海鼎宏卓思优精汇融星光睿信安泰联正源锐启极";
    private static final String SECOND = "联芯图远康科信融创达维诚盛途视拓讯微能通捷越航迈鸿宇阳森辰锋";

    private final Set<String> used = new HashSet<>();

    /** A new name for an enterprise in a city called {@code city} (e.g. 北京), with its industry section. */
    Named next(SplittableRandom random, String city) {
        for (int attempt = 0; ; attempt++) {
            StringBuilder brand = new StringBuilder(3)
                    .append(FIRST.charAt(random.nextInt(FIRST.length())))
                    .append(SECOND.charAt(random.nextInt(SECOND.length())));
            if (attempt > 20) {
                brand.append(SECOND.charAt(random.nextInt(SECOND.length()))); // three-character brand when crowded
            }
            if (brand.charAt(0) == brand.charAt(1)) {
                continue;
            }
            Trade trade = TRADES[random.nextInt(TRADES.length)];
            String form = random.nextInt(100) < 80 ? "有限公司" : "股份有限公司";
            String name = random.nextInt(100) < 12
                    ? brand + "（" + city + "）" + trade.words() + form
                    : city + brand + trade.words() + form;
            if (used.add(name)) {
                return new Named(name, trade.industry());
            }
        }
    }

    record Named(String name, String industry) {
    }
}
