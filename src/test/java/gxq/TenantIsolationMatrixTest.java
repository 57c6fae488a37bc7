package gxq;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.account.Role;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The whole matrix in one place: every role, signed in from ANOTHER tenant, asks for an enterprise, an employee and
 * the audit trail of tenant A — through pages and the API, with the real ids (as an attacker guessing ids would).
 * Out-of-scope rows answer 404, roles without the function 403; only the ministry reads enterprises of every zone,
 * and nobody outside the zone reads its employees.
 */
@IntegrationTest
@Tag("db")
class TenantIsolationMatrixTest {

    private static final long ZONE_A = 30;
    private static final long ZONE_B = 31;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    private long enterpriseA;
    private long employeeA;
    private String auditMarkA;

    @BeforeEach
    void tenantA() {
        enterpriseA = fixtures.enterprise(ZONE_A, "甲方科技有限公司" + Fixtures.next(), "ACTIVE");
        employeeA = fixtures.employee(enterpriseA, "陈静");
        auditMarkA = "matrix-" + Fixtures.next();
        db.sql("""
                insert into audit_log (occurred_at, actor_name, zone_id, enterprise_id, action, detail, outcome)
                values (current_timestamp, 'someone', :z, :e, 'MATRIX_TEST', :d, 'OK')
                """).param("z", ZONE_A).param("e", enterpriseA).param("d", auditMarkA).update();
    }

    /** role of the caller (in tenant B), expected status for enterprise pages/API, employee pages/API, audit. */
    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of(Role.MINISTRY_ADMIN, 200, 403, true),
                Arguments.of(Role.ZONE_ADMIN, 404, 404, false),
                Arguments.of(Role.ZONE_STAFF, 404, 404, null),
                Arguments.of(Role.ENTERPRISE_ADMIN, 404, 404, false),
                Arguments.of(Role.EMPLOYEE, 403, 403, null),
                Arguments.of(Role.GATE_GUARD, 403, 403, null),
                Arguments.of(Role.SERVICE_PROVIDER, 403, 403, null));
    }

    @ParameterizedTest(name = "{0} from another tenant")
    @MethodSource("callers")
    void anotherTenantGetsNothingOfTenantA(Role role, int enterpriseStatus, int employeeStatus, Boolean seesAudit)
            throws Exception {
        GxqUser caller = callerOfTenantB(role);
        for (String path : List.of("/enterprises/" + enterpriseA, "/api/enterprises/" + enterpriseA)) {
            assertThat(status(caller, path)).as("%s %s", role, path).isEqualTo(enterpriseStatus);
        }
        for (String path : List.of("/employees/" + employeeA, "/api/employees/" + employeeA)) {
            assertThat(status(caller, path)).as("%s %s", role, path).isEqualTo(employeeStatus);
        }
        for (String path : List.of("/audit", "/api/audit")) {
            var result = mvc.perform(get(path).param("action", "MATRIX_TEST").with(as(caller))).andReturn();
            if (seesAudit == null) {
                assertThat(result.getResponse().getStatus()).as("%s %s", role, path).isEqualTo(403);
            } else {
                assertThat(result.getResponse().getStatus()).as("%s %s", role, path).isEqualTo(200);
                assertThat(result.getResponse().getContentAsString().contains(auditMarkA)).as("%s %s", role, path)
                        .isEqualTo(seesAudit);
            }
        }
    }

    private int status(GxqUser caller, String path) throws Exception {
        return mvc.perform(get(path).with(as(caller))).andReturn().getResponse().getStatus();
    }

    private GxqUser callerOfTenantB(Role role) {
        long enterpriseB = fixtures.enterprise(ZONE_B);
        return switch (role) {
            case MINISTRY_ADMIN -> fixtures.ministry();
            case ZONE_ADMIN -> fixtures.zoneAdmin(ZONE_B);
            case ZONE_STAFF -> fixtures.zoneStaff(ZONE_B);
            case ENTERPRISE_ADMIN -> fixtures.enterpriseAdmin(enterpriseB);
            case EMPLOYEE -> fixtures.employeeAccount(fixtures.employee(enterpriseB, "刘洋"));
            case GATE_GUARD -> fixtures.account(Role.GATE_GUARD, ZONE_B, enterpriseB, null);
            case SERVICE_PROVIDER -> fixtures.account(Role.SERVICE_PROVIDER, ZONE_B, null, null);
        };
    }
}
