package gxq.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The block printed at start: the demo logins per role, read back from the database (so that it is also printed on
 * later starts), the shared password, the address, and what was generated.
 */
final class DemoLogins {

    private static final String RULE = "=".repeat(100);
    private static final String THIN = "-".repeat(100);

    /** One demo login as found in the database. */
    record Login(String username, String role, String displayName, String zoneShortName, String enterpriseName,
            boolean enabled) {
    }

    private DemoLogins() {
    }

    /** The demo usernames for these zones, in the order they are printed. */
    static List<String> usernames(List<DemoZone> zones) {
        List<String> names = new ArrayList<>();
        names.add("admin");
        for (DemoZone z : zones) {
            long id = z.id();
            names.addAll(List.of("zone-" + id, "staff-" + id, "guard-" + id, "ent-" + id + "-1", "emp-" + id + "-1",
                    "reg-" + id + "-1"));
        }
        return names;
    }

    static List<Login> find(JdbcTemplate jdbc, List<DemoZone> zones) {
        Map<String, Login> found = new LinkedHashMap<>();
        List<String> wanted = usernames(zones);
        String marks = String.join(",", wanted.stream().map(u -> "?").toList());
        jdbc.query("""
                select u.username, u.role, u.display_name, z.short_name, e.name as enterprise_name, u.enabled
                from app_user u left join zone z on z.id = u.zone_id left join enterprise e on e.id = u.enterprise_id
                where u.username in (""" + marks + ")", rs -> {
            found.put(rs.getString(1), new Login(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getBoolean(6)));
        }, wanted.toArray());
        return wanted.stream().filter(found::containsKey).map(found::get).toList();
    }

    static String block(List<Login> logins, String password, String url, Optional<DemoSummary> summary) {
        StringBuilder sb = new StringBuilder("\n").append(RULE).append('\n');
        sb.append(" GXQ 演示数据 / demo data      打开 / open:  ").append(url).append('\n');
        sb.append(" 所有演示账号的密码 / password of every demo account:  ").append(password)
                .append("   (仅用于演示，无需改密 / demo only, no forced change)\n");
        summary.ifPresentOrElse(s -> sb.append(String.format(Locale.ROOT,
                " 已生成 / generated: %d 个园区 zones, %d 家企业 enterprises (+%d 家待审核 pending), %,d 名员工 employees,"
                        + " %d 个账号 accounts in %.1f s (员工 employees: %.1f s, %,d/s)%n",
                s.zones().size(), s.enterprises(), s.pendingRegistrations(), s.employees(), s.accounts(),
                s.elapsed().toMillis() / 1000.0, s.employeesElapsed().toMillis() / 1000.0, s.employeesPerSecond())),
                () -> sb.append(" 数据库中已有演示数据，未重新生成 / demo data already present, nothing generated\n"));
        sb.append(THIN).append('\n');
        section(sb, logins, "MINISTRY_ADMIN", true, "科技部管理员 ministry admin",
                "全国所有高新区、全部账号与审计日志 / every zone, every account and the audit log");
        section(sb, logins, "ZONE_ADMIN", true, "园区管理员 zone admin",
                "本园区的企业、员工、账号与审计 / one zone: its enterprises, employees, accounts, audit");
        section(sb, logins, "ZONE_STAFF", true, "园区工作人员 zone staff",
                "本园区的业务数据 / one zone's business data");
        section(sb, logins, "GATE_GUARD", true, "门岗 gate guard",
                "本园区的通行核验 / pass checks at the zone's gates");
        section(sb, logins, "ENTERPRISE_ADMIN", true, "企业管理员 enterprise admin",
                "本企业的员工名册与账号 (ent-<园区>-1…n) / one enterprise: its roster and accounts");
        section(sb, logins, "EMPLOYEE", true, "员工 employee",
                "仅本人信息 (emp-<园区>-1…n) / only their own record");
        section(sb, logins, "ENTERPRISE_ADMIN", false, "待审核的自主注册 pending self-registration",
                "审核通过前不能登录 (reg-<园区>-1…n) / cannot sign in until the zone approves");
        return sb.append(RULE).toString();
    }

    private static void section(StringBuilder sb, List<Login> logins, String role, boolean enabled, String title,
            String sees) {
        List<Login> rows = logins.stream().filter(l -> l.role().equals(role) && l.enabled() == enabled).toList();
        if (rows.isEmpty()) {
            return;
        }
        sb.append(' ').append(title).append(" — ").append(sees).append('\n');
        StringBuilder line = new StringBuilder("   ");
        for (Login l : rows) {
            String entry = l.username() + " (" + where(l) + ")";
            if (line.length() > 3 && line.length() + entry.length() > 98) {
                sb.append(line).append('\n');
                line = new StringBuilder("   ");
            }
            line.append(line.length() > 3 ? "  " : "").append(entry);
        }
        sb.append(line).append('\n');
    }

    private static String where(Login l) {
        if (l.enterpriseName() != null) {
            return l.role().equals("EMPLOYEE") ? l.displayName() + "·" + l.enterpriseName() : l.enterpriseName();
        }
        return l.zoneShortName() != null ? l.zoneShortName() : l.displayName();
    }
}
