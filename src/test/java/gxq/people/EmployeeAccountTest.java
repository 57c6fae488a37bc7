package gxq.people;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.CreatedAccount;
import gxq.account.GxqUser;
import gxq.account.TenantScope;
import gxq.common.crypto.PersonalDataCipher;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

@IntegrationTest
@Tag("db")
class EmployeeAccountTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired PersonalDataCipher cipher;
    @Autowired Employees employees;

    long enterprise;
    GxqUser admin;

    @BeforeEach
    void setUp() {
        enterprise = fixtures.enterprise(40);
        admin = fixtures.enterpriseAdmin(enterprise);
    }

    @Test
    void enterpriseAdminOpensALoginNamedAfterTheMobileNumberOnce() throws Exception {
        long employee = fixtures.employee(enterprise, "孙悟空");
        String phone = cipher.decrypt(db.sql("select phone_enc from employee where id = :id").param("id", employee)
                .query(String.class).single());
        var result = mvc.perform(post("/employees/" + employee + "/account").with(as(admin)).with(csrf()).param("username", ""))
                .andExpect(status().isOk()).andReturn();
        CreatedAccount created = (CreatedAccount) result.getModelAndView().getModel().get("created");
        assertThat(result.getResponse().getContentAsString()).contains(created.initialPassword(), "已为员工开通登录账号，用户名 " + phone);
        assertThat(created.username()).isEqualTo(phone);
        assertThat(created.initialPassword()).isNotBlank();
        var account = db.sql("select * from app_user where id = :id").param("id", created.id()).query().singleRow();
        assertThat(account.get("role")).isEqualTo("EMPLOYEE");
        assertThat(account.get("employee_id")).isEqualTo(employee);
        assertThat(account.get("enterprise_id")).isEqualTo(enterprise);
        assertThat(account.get("must_change_password")).isEqualTo(true);

        mvc.perform(get("/employees/" + employee).with(as(admin)))
                .andExpect(content().string(containsString("该员工已开通登录账号")));
        mvc.perform(post("/employees/" + employee + "/account").with(as(admin)).with(csrf()).param("username", "sun-wukong"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("该员工已有登录账号")));
        assertThat(db.sql("select count(*) from app_user where employee_id = :e").param("e", employee).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aChosenUsernameIsUsedAndAnEmployeeWhoLeftGetsNoLogin() throws Exception {
        long employee = fixtures.employee(enterprise, "猪八戒");
        String username = "zhu-" + Fixtures.next();
        var result = mvc.perform(post("/employees/" + employee + "/account").with(as(admin)).with(csrf()).param("username", username))
                .andExpect(status().isOk()).andReturn();
        assertThat(((CreatedAccount) result.getModelAndView().getModel().get("created")).username()).isEqualTo(username);

        long left = fixtures.employee(enterprise, "沙悟净");
        mvc.perform(post("/employees/" + left + "/leave").with(as(admin)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/employees/" + left + "/account").with(as(admin)).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("员工已离职")));
    }

    @Test
    void navigationAndHomeTilesFollowTheRole() throws Exception {
        long employee = fixtures.employee(enterprise, "唐僧");
        fixtures.employee(enterprise, "白龙马");
        mvc.perform(get("/").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/employees\"")))
                .andExpect(content().string(containsString("未开通登录账号的员工")))
                .andExpect(content().string(not(containsString("href=\"/me\""))));
        mvc.perform(get("/").with(as(fixtures.employeeAccount(employee)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/me\"")))
                .andExpect(content().string(not(containsString("href=\"/employees\""))));
        mvc.perform(get("/").with(as(fixtures.zoneStaff(40)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/employees\"")))
                .andExpect(content().string(containsString("辖区企业在职员工")));
        mvc.perform(get("/").with(as(fixtures.ministry()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/employees\""))));
    }

    @Test
    void publicApiIsScopedAndMasked() {
        long employee = fixtures.employee(enterprise, "观音");
        var summary = employees.find(employee).orElseThrow();
        assertThat(summary.name()).isEqualTo("观音");
        assertThat(summary.idNumberMasked()).matches("110\\*{11}\\d{3}[\\dX]");
        assertThat(summary.status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(employees.find(admin.scope(), employee)).isPresent();
        TenantScope otherEnterprise = fixtures.enterpriseAdmin(fixtures.enterprise(40)).scope();
        assertThat(employees.find(otherEnterprise, employee)).isEmpty();
        assertThat(employees.find(fixtures.ministry().scope(), employee)).isEmpty();
        assertThat(employees.find(fixtures.zoneAdmin(40).scope(), employee)).isPresent();
        assertThat(employees.find(fixtures.zoneAdmin(41).scope(), employee)).isEmpty();
        assertThat(employees.countActive(admin.scope())).isEqualTo(1);
        assertThat(employees.countActive(enterprise)).isEqualTo(1);
    }
}
