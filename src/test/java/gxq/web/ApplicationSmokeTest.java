package gxq.web;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

@IntegrationTest
@Tag("db")
class ApplicationSmokeTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void loginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("国家高新区疫情防控与有序复工复产平台")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void anonymousPagesRedirectToLoginAndApiAnswers401() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void homeShowsTheSignedInPerson() throws Exception {
        var admin = fixtures.ministry();
        mvc.perform(get("/").with(Fixtures.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(admin.displayName())));
    }

    @Test
    void aMalformedOrMissingParameterGetsALocalizedMessageNotSpringsDefault() throws Exception {
        var zoneAdmin = fixtures.zoneAdmin(1L);
        mvc.perform(get("/employees").param("enterprise", "abc").with(Fixtures.as(zoneAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("参数“enterprise”格式不正确")));
        mvc.perform(get("/api/employees").param("enterprise", "abc").param("lang", "en").with(Fixtures.as(zoneAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Parameter \"enterprise\" has the wrong format."));
    }

    @Test
    void anUnknownAddressOrMethodGetsTheLocalizedPageOrProblemNotSpringsEnglish() throws Exception {
        var zoneAdmin = fixtures.zoneAdmin(1L);
        mvc.perform(get("/no-such-page").with(Fixtures.as(zoneAdmin)).accept("text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未找到该记录")));
        mvc.perform(get("/api/no-such-thing").with(Fixtures.as(zoneAdmin)).param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("The record does not exist or you may not see it."));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/")
                        .with(Fixtures.as(zoneAdmin)).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().string(containsString("请求有误")));
    }

    @Test
    void anAbsurdPageNumberIsClampedNotAnOverflow() throws Exception {
        var zoneAdmin = fixtures.zoneAdmin(1L);
        for (String path : new String[] {"/employees", "/enterprises", "/audit", "/risk-levels", "/health/missing",
                "/health/observation"}) {
            mvc.perform(get(path).param("page", String.valueOf(Integer.MAX_VALUE)).with(Fixtures.as(zoneAdmin)))
                    .andExpect(status().isOk());
        }
    }
}
