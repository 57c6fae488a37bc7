package gxq.exchange.practice;

import java.util.List;

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
 * With profile {@code demo}: while there is no shared item, the first three demo zones publish good practices and tools
 * (from the ministry's notice of 2020-02-28: 健康码, 共享员工, 线上招聘, 无接触配送, 远程办公) through {@link ItemService} as
 * their zone admins, then comment on and adopt each other's items. One transaction: a failure keeps nothing.
 */
@Component
@Profile("demo")
class DemoPractices {

    private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

    private final Accounts accounts;
    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final ItemService items;

    DemoPractices(JdbcClient db, PlatformTransactionManager transactions, ItemService items, Accounts accounts) {
        this.accounts = accounts;
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.items = items;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try {
            if (db.sql("select count(*) from exchange_item").query(Long.class).single() > 0) {
                log.info("Demo practices: there are shared items already; nothing written");
                return;
            }
            List<Long> zones = accounts.zonesWithEnabled(Role.ZONE_ADMIN, 3);
            if (zones.size() < 3) {
                log.info("Demo practices: fewer than three zones with an admin; nothing written");
                return;
            }
            log.info("Demo practices: {} items in zones {}", populate(zones), zones);
        } catch (RuntimeException e) {
            log.error("Demo practices could not be written (nothing was kept)", e);
        }
    }

    /** Publishes six items in three zones (each needs an enabled zone admin), with comments and adoptions. */
    int populate(List<Long> zones) {
        GxqUser a = accounts.firstEnabled(Role.ZONE_ADMIN, zones.get(0)).orElseThrow();
        GxqUser b = accounts.firstEnabled(Role.ZONE_ADMIN, zones.get(1)).orElseThrow();
        GxqUser c = accounts.firstEnabled(Role.ZONE_ADMIN, zones.get(2)).orElseThrow();
        Integer n = tx.execute(status -> {
            long health = publish(a, new ItemService.ItemForm("PRACTICE", "健康码与网格化管理结合，返岗人员一码通行",
                    "园区统一使用健康码核验返岗人员，卡口扫码通行，企业按楼宇网格每日报送，做到人员底数清、情况明。",
                    "一、统一入口：园区企业员工通过健康码申报健康状况，绿码人员凭码进出园区和楼宇。\n"
                            + "二、网格管理：按楼宇划分网格，每个网格配一名园区联络员，企业防疫专员每日报送在岗人数和异常情况。\n"
                            + "三、闭环处置：黄码、红码人员由网格员跟进，配合属地落实居家观察或就医。\n"
                            + "成效：复工两周内园区 1200 余家企业全部纳入网格，卡口通行时间由每人 2 分钟缩短到 5 秒。",
                    List.of("EPIDEMIC_CONTROL", "DIGITAL_TOOL"), null, null, null, null));
            long sharing = publish(b, new ItemService.ItemForm("PRACTICE", "“共享员工”调剂余缺，缓解企业复工缺工",
                    "园区搭建用工调剂平台，把暂未复工企业的员工临时借调到订单饱满的企业，双方签订协议，保障员工权益。",
                    "疫情期间部分餐饮、商贸企业员工闲置，而电子制造、医疗器械企业订单激增、用工紧张。\n"
                            + "园区人社部门牵头，发布缺工和余工信息，由双方企业与员工签订三方协议，明确工资、社保和安全责任。\n"
                            + "截至目前已调剂 860 人次，企业用工成本下降，员工收入有保障。",
                    List.of("STAFFING", "RESUMPTION"), null, null, null, null));
            long recruiting = publish(c, new ItemService.ItemForm("PRACTICE", "线上招聘会“不见面”招工",
                    "通过直播带岗、视频面试和网上签约，组织园区企业线上招聘，避免人员聚集。",
                    "园区联合招聘平台举办“春风行动”线上招聘会，企业在线发布岗位，求职者线上投递简历并视频面试。\n"
                            + "每场直播由园区讲解用工政策，企业人事现场介绍岗位。两周内举办 6 场，提供岗位 3500 个，达成意向 1100 人。",
                    List.of("STAFFING", "ENTERPRISE_SERVICE", "DIGITAL_TOOL"), "https://example.org/online-job-fair", null,
                    null, null));
            long delivery = publish(a, new ItemService.ItemForm("TOOL", "无接触配送机器人（楼宇送餐送件）",
                    "在办公楼宇内由机器人把外卖、快递送到楼层，减少人员接触，适合复工后的园区楼宇。",
                    "机器人自主乘梯，支持取件码验证；每台每天可配送 300 单以上。\n园区试点 3 栋楼宇，日均减少外来人员进楼 400 人次。",
                    List.of("EPIDEMIC_CONTROL", "LOGISTICS"), "https://example.org/robot-delivery", "智行配送科技有限公司",
                    "王经理", "13912345678"));
            long remote = publish(b, new ItemService.ItemForm("TOOL", "远程办公与视频会议工具包",
                    "为中小企业提供免费的视频会议、在线文档和远程协作工具，疫情期间免费使用三个月。",
                    "工具包包括视频会议（支持 300 方）、在线文档协同和审批流程。园区统一开通账号，企业申请后当天可用。",
                    List.of("DIGITAL_TOOL", "ENTERPRISE_SERVICE"), "https://example.org/remote-office", "云协同软件有限公司",
                    "李工", "13612345678"));
            long loan = publish(c, new ItemService.ItemForm("PRACTICE", "科技型中小企业“战疫贷”快速审批",
                    "园区联合合作银行推出信用贷款，疫情期间对科技型中小企业 3 个工作日内完成审批。",
                    "园区提供企业纳税、研发和知识产权数据，银行据此授信，无需抵押；园区风险补偿资金池分担损失。\n"
                            + "已为 52 家企业放款 2.3 亿元，平均利率下浮 0.5 个百分点。",
                    List.of("FINANCE", "ENTERPRISE_SERVICE"), null, null, null, null));
            RunAs.as(b, () -> items.comment(b, health, "我们准备在园区卡口推广，请问企业网格员是专职还是兼职？"));
            RunAs.as(a, () -> items.comment(a, health, "兼职为主，由企业防疫专员兼任，园区每周培训一次。"));
            RunAs.as(c, () -> items.comment(c, sharing, "三方协议的模板能否分享一下？"));
            RunAs.as(b, () -> items.adopt(b, health, "已在园区 3 个卡口试行扫码通行。"));
            RunAs.as(c, () -> items.adopt(c, health, null));
            RunAs.as(a, () -> items.adopt(a, sharing, "人社局已对接 12 家余工企业。"));
            RunAs.as(a, () -> items.adopt(a, recruiting, null));
            RunAs.as(c, () -> items.adopt(c, remote, "园区已统一开通 200 个账号。"));
            return List.of(health, sharing, recruiting, delivery, remote, loan).size();
        });
        return n == null ? 0 : n;
    }

    private long publish(GxqUser user, ItemService.ItemForm form) {
        return RunAs.as(user, () -> items.create(user, form, true));
    }
}
