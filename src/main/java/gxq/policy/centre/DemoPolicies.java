package gxq.policy.centre;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gxq.account.Accounts;
import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.account.RunAs;

/**
 * With profile {@code demo}: while there is no policy, publishes eight policies drawn from the ministry's notice of
 * 2020-02-28 (six national ones by a ministry admin, two or three by the admin of the first demo zone) with varied
 * applicability and interpretations, through {@link PolicyService} as those people (audit and notices are real). Dates
 * are relative to today so that they are in force in the demo. One transaction: a failure keeps nothing.
 */
@Component
@Profile("demo")
class DemoPolicies {

    private static final Logger log = LoggerFactory.getLogger(DemoPolicies.class);

    private final Accounts accounts;
    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final PolicyService policies;

    DemoPolicies(JdbcClient db, PlatformTransactionManager transactions, PolicyService policies, Accounts accounts) {
        this.accounts = accounts;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.policies = policies;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            if (db.sql("select count(*) from policy").query(Long.class).single() > 0) {
                log.info("Demo policies: there are policies already; nothing written");
                return;
            }
            Optional<Long> zone = db.sql("""
                    select e.zone_id from enterprise e join app_user u on u.enterprise_id = e.id
                    where e.status = 'ACTIVE' and u.role = 'ENTERPRISE_ADMIN' and u.enabled order by e.id limit 1
                    """).query(Long.class).optional();
            if (zone.isEmpty()) {
                log.info("Demo policies: no enterprise admin; nothing written");
                return;
            }
            log.info("Demo policies: {} policies published", populate(zone.get()));
        } catch (RuntimeException e) {
            log.error("Demo policies could not be written (nothing was kept)", e);
        }
    }

    private record Demo(String title, String doc, String category, String body, List<String> sizes,
            List<String> industries, List<String> provinces, boolean techSme, boolean highTech, boolean epidemic,
            int daysAgo, Integer validDays, String[] interpretation) {
    }

    /** Publishes the demo policies (national ones need a ministry admin, zone ones the zone's admin); answers how many. */
    int populate(long zoneId) {
        Optional<GxqUser> ministry = accounts.firstEnabled(Role.MINISTRY_ADMIN, 0);
        Optional<GxqUser> zoneAdmin = accounts.firstEnabled(Role.ZONE_ADMIN, zoneId);
        if (ministry.isEmpty() || zoneAdmin.isEmpty()) {
            log.info("Demo policies: no ministry admin or zone admin of zone {}; nothing written", zoneId);
            return 0;
        }
        List<Demo> national = List.of(
                new Demo("科技部办公厅关于做好国家高新区科学防疫 推动企业有序复工复产的通知", "国科办区〔2020〕示例01号", "EPIDEMIC",
                        """
                        各国家高新区管委会：
                        在切实做好疫情防控的前提下，有序推动国家高新区企业复工复产。各国家高新区管委会要发挥主体责任作用，制定园区复工复产疫情防控实施方案，明确具体措施、健全工作机制、压实落实责任。
                        要加强政策宣传、解读，强化政策落地，使企业充分享受到国家支持企业发展的财税、金融、社保等有关政策。要主动询问企业困难，对接企业需求，着力解决员工返岗难、企业融资难、供应链协同难、物流配送难、防疫物资不足等关键制约问题。
                        科技部建立服务于高新区疫情防控和复工复产的一站式信息平台，及时发布各类支持园区和企业复工复产的政策信息。""",
                        List.of(), List.of(), List.of(), false, false, false, 30, null,
                        new String[] {"一图读懂：高新区复工复产“八条措施”", "科技部火炬中心",
                                "通知从落实主体责任、发挥科技优势、对接企业需求、支持科技型中小企业、支持双创载体、培育新业态、提升科技治理水平、建立一站式信息平台八个方面，部署国家高新区科学防疫和企业有序复工复产工作。"}),
                new Demo("关于延长高新技术企业认定和科技型中小企业评价材料提交期限的通知", "国科办区〔2020〕示例02号", "SCIENCE",
                        """
                        疫情比较严重或严重地区的国家高新区，可延长高新技术企业认定和科技型中小企业评价时间。
                        因疫情受影响的企业，在规定期限前不能正常提交高新技术企业认定和科技型中小企业评价有关材料的，不作逾期处理。相关工作倡导实行网上受理。""",
                        List.of(), List.of(), List.of(), false, false, true, 25, 180,
                        new String[] {"延期申报怎么办？高企认定延期问答", "科技部政策法规与创新体系建设司",
                                "受疫情影响较大的企业无需另行申请延期，按原渠道网上提交材料即可，不作逾期处理。"}),
                new Demo("关于发放科技创新券支持科技型中小企业复工复产的通知", "国科办区〔2020〕示例03号", "SCIENCE",
                        """
                        利用创新券、政府购买服务等多种方式，支持科技型中小企业购买检验检测、研发设计、技术转移等科技服务。
                        创新券可用于支付在线服务平台、检验检测平台的服务费用，每家企业每年最高 20 万元。""",
                        List.of("MEDIUM", "SMALL", "MICRO"), List.of(), List.of(), true, false, false, 20, 365,
                        new String[] {"创新券申领和使用指南", "科技部火炬中心",
                                "科技型中小企业在信息平台登记后即可申领创新券，向入库服务机构购买检测和研发服务时抵扣费用。"}),
                new Demo("关于科技企业孵化器和众创空间减免在孵企业房租的通知", "国科办区〔2020〕示例04号", "FISCAL_TAX",
                        """
                        鼓励有条件的科技企业孵化器、众创空间、大学科技园等对在孵企业适当减免或缓征租金，支持初创小微企业有序复工复产、健康发展。
                        对减免租金的孵化载体，通过后补助方式给予支持。""",
                        List.of("SMALL", "MICRO"), List.of(), List.of(), false, false, false, 18, 180, null),
                new Demo("关于支持湖北省国家高新区防疫科研攻关的若干措施", "国科办区〔2020〕示例05号", "EPIDEMIC",
                        """
                        支持湖北省国家高新区内的科研机构和医药、医疗器械企业开展病毒检测、疫苗和药物研发等防疫科研攻关。
                        对承担防疫科研攻关任务的企业，优先安排科技计划项目经费，开辟绿色通道。""",
                        List.of(), List.of("C", "M", "Q"), List.of("420000"), false, false, false, 15, 365, null),
                new Demo("关于引导金融机构加大对科技型中小企业支持力度的通知", "国科办区〔2020〕示例06号", "FINANCE",
                        """
                        引导银行等金融机构加大对科技型中小企业支持力度，缓解科技型中小企业融资难融资贵问题。
                        引导社会资本加大投入，不断壮大天使投资、创业投资规模。对疫情期间到期的科技贷款，可申请展期或续贷。""",
                        List.of(), List.of(), List.of(), true, false, false, 10, 365,
                        new String[] {"科技贷款展期续贷怎么申请", "科技部资源配置与管理司",
                                "企业向合作银行提出申请，园区出具复工复产证明，银行在五个工作日内答复。"}));
        List<Demo> zone = List.of(
                new Demo("园区企业稳岗返还实施细则", null, "JOBS",
                        """
                        对不裁员或少裁员的园区企业，返还其上年度实际缴纳失业保险费的 50%。
                        企业通过一站式信息平台提交申请，园区人社部门审核后十个工作日内发放稳岗返还资金。""",
                        List.of(), List.of(), List.of(), false, false, false, 12, 270,
                        new String[] {"稳岗返还政策解读", "园区人力资源和社会保障局",
                                "稳岗返还不需要企业单独提交证明材料，园区根据社保缴费记录核定返还金额。"}),
                new Demo("受疫情影响较大企业社会保险费缓缴办法", null, "SOCIAL_SECURITY",
                        """
                        受疫情影响较大、生产经营出现严重困难的园区企业，可申请缓缴养老保险、失业保险和工伤保险单位缴费部分，缓缴期最长六个月，缓缴期间免收滞纳金。""",
                        List.of(), List.of(), List.of(), false, false, true, 8, 180, null),
                new Demo("高新技术企业复工复产奖励办法", null, "FISCAL_TAX",
                        """
                        对在园区复工复产期间实现复工率 80% 以上的高新技术企业，给予一次性奖励 10 万元，用于疫情防控物资采购和员工返岗补贴。""",
                        List.of(), List.of(), List.of(), false, true, false, 5, 120, null));
        LocalDate today = policies.today();
        Integer n = tx.execute(status -> {
            int written = 0;
            for (Demo d : national) {
                publish(ministry.get(), d, today);
                written++;
            }
            for (Demo d : zone) {
                publish(zoneAdmin.get(), d, today);
                written++;
            }
            // the first enterprise states that the epidemic hit it hard (so the epidemic-only policies apply to it)
            accounts.firstEnabledInZone(Role.ENTERPRISE_ADMIN, zoneId).ifPresent(admin -> RunAs.as(admin,
                    () -> policies.setProfile(admin, true, "订单减少五成，湖北籍员工 30 人尚未返岗")));
            return written;
        });
        return n == null ? 0 : n;
    }

    private void publish(GxqUser user, Demo d, LocalDate today) {
        String issuer = user.role() == Role.MINISTRY_ADMIN ? "科学技术部" : null;
        PolicyService.PolicyForm blank = RunAs.as(user, () -> policies.blankForm(user.scope()));
        PolicyService.PolicyForm form = new PolicyService.PolicyForm(d.title(), issuer == null ? blank.issuer() : issuer,
                d.doc(), d.category(), today.minusDays(d.daysAgo()).toString(),
                d.validDays() == null ? null : today.plusDays(d.validDays()).toString(), d.body().strip(), d.sizes(),
                d.industries(), d.provinces(), List.of(), d.techSme(), d.highTech(), d.epidemic(), null);
        RunAs.as(user, () -> {
            long id = policies.create(user, form, List.of());
            policies.publish(user, id, null);
            if (d.interpretation() != null) {
                String[] i = d.interpretation();
                long iid = policies.addInterpretation(user, id, new PolicyService.InterpretationForm(i[0], i[1], i[2]));
                policies.publishInterpretation(user, iid);
            }
        });
    }
}
