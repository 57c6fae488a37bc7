package gxq.org;

import static gxq.testing.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** Every page of the module renders for the roles that use it, in Chinese and in English. */
@IntegrationTest
class OrgPagesTest {

    static final long ZONE = 1; // 中关村

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void zoneAdminPagesRenderInChineseAndEnglish() throws Exception {
        var admin = fixtures.zoneAdmin(ZONE);
        long id = fixtures.enterprise(ZONE, "页面测试公司" + Fixtures.next(), "PENDING");
        mvc.perform(get("/enterprises/new").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("信息传输、软件和信息技术服务业")))
                .andExpect(content().string(containsString("微型")));
        mvc.perform(get("/enterprises/new").param("lang", "en").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Register an enterprise")))
                .andExpect(content().string(containsString("Micro")));
        mvc.perform(get("/enterprises/{id}", id).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review\"")));
        mvc.perform(get("/enterprises/{id}/edit", id).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"uscc\"")));
        mvc.perform(get("/zones/{id}", ZONE).with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("中关村科技园区")))
                .andExpect(content().string(containsString("待审核的企业自主注册")));
    }

    @Test
    void zoneStaffSeesNoWriteControls() throws Exception {
        var staff = fixtures.zoneStaff(ZONE);
        long id = fixtures.enterprise(ZONE, "只读测试公司" + Fixtures.next(), "PENDING");
        mvc.perform(get("/enterprises/{id}", id).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"review\""))))
                .andExpect(content().string(not(containsString("/edit\""))));
        mvc.perform(get("/enterprises/{id}/edit", id).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/enterprises/new"))));
    }

    @Test
    void registrationNarrowsZonesByProvinceForHtmx() throws Exception {
        mvc.perform(get("/register/zones").param("province", "220000")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<optgroup label=\"吉林省\">")))
                .andExpect(content().string(containsString("长春高新技术产业开发区")))
                .andExpect(content().string(not(containsString("中关村科技园区"))));
        mvc.perform(get("/register").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enterprise self-registration")))
                .andExpect(content().string(containsString("hx-get=\"/register/zones\"")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/register\"")));
    }
}
