package gxq.resumption;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The prevention checklist: 13 national items, the zone's own items, editing, retiring and scope. Zones 146–149. */
@IntegrationTest
@Tag("db")
class ChecklistPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired Checklists checklists;

    long add(GxqUser admin, String title, boolean evidence) throws Exception {
        mvc.perform(post("/resumption/checklist").with(csrf()).with(as(admin)).param("title", title)
                .param("guidance", "本区要求：" + title).param("evidenceRequired", String.valueOf(evidence)))
                .andExpect(status().is3xxRedirection());
        return db.sql("select id from resumption_checklist_item where title = :t").param("t", title).query(Long.class).single();
    }

    int version(long id) {
        return db.sql("select version from resumption_checklist_item where id = :id").param("id", id)
                .query(Integer.class).single();
    }

    @Test
    void effectiveChecklistIsTheNationalItemsThenTheZonesOwn() throws Exception {
        long zone = 146;
        var admin = fixtures.zoneAdmin(zone);
        List<ChecklistItem> national = checklists.effectiveFor(147);
        assertThat(national).hasSize(13).allMatch(ChecklistItem::national);
        assertThat(national).extracting(ChecklistItem::code)
                .containsExactly("N01", "N02", "N03", "N04", "N05", "N06", "N07", "N08", "N09", "N10", "N11", "N12", "N13");
        assertThat(national.get(2).title()).isEqualTo("出入口管控与访客管理");
        assertThat(national.get(2).guidance()).contains("暂停指纹考勤").contains("每次进入均测体温");
        assertThat(national.get(6).guidance()).contains("每间不超过6人").contains("2.5平方米");
        assertThat(national.get(12).evidenceRequired()).isTrue();

        String title = "企业班车登记乘客" + Fixtures.next();
        long id = add(admin, title, true);
        List<ChecklistItem> items = checklists.effectiveFor(zone);
        assertThat(items).hasSize(14);
        ChecklistItem own = items.get(13);
        assertThat(own.id()).isEqualTo(id);
        assertThat(own.code()).isEqualTo("Z" + id);
        assertThat(own.zoneId()).isEqualTo(zone);
        assertThat(own.evidenceRequired()).isTrue();
        assertThat(checklists.effectiveFor(147)).hasSize(13);
        assertThat(db.sql("select count(*) from audit_log where action = 'RESUMPTION_CHECKLIST_ADD' and zone_id = :z")
                .param("z", zone).query(Long.class).single()).isEqualTo(1);

        var entAdmin = fixtures.enterpriseAdmin(fixtures.enterprise(zone));
        mvc.perform(get("/resumption/checklist").with(as(entAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("出入口管控与访客管理")))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString("/resumption/checklist/new"))));
        mvc.perform(get("/resumption/checklist").with(as(fixtures.zoneAdmin(147)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void zoneAdminEditsWithOptimisticLockingAndRetires() throws Exception {
        long zone = 147;
        var admin = fixtures.zoneAdmin(zone);
        long id = add(admin, "体温枪校准" + Fixtures.next(), false);
        String edited = "体温枪每周校准" + Fixtures.next();
        mvc.perform(post("/resumption/checklist/" + id + "/edit").with(csrf()).with(as(admin)).param("title", edited)
                .param("guidance", "每周一校准").param("version", "0")).andExpect(status().is3xxRedirection());
        String stale = "过期的修改" + Fixtures.next();
        mvc.perform(post("/resumption/checklist/" + id + "/edit").with(csrf()).with(as(admin)).param("title", stale)
                        .param("guidance", "g").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("该措施已被他人修改或停用")))
                .andExpect(content().string(containsString(stale)));
        assertThat(checklists.effectiveFor(zone)).extracting(ChecklistItem::title).contains(edited);
        mvc.perform(post("/resumption/checklist/" + id + "/retire").with(csrf()).with(as(admin)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(checklists.effectiveFor(zone)).extracting(ChecklistItem::id).contains(id);
        mvc.perform(post("/resumption/checklist/" + id + "/retire").with(csrf()).with(as(admin))
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        assertThat(checklists.effectiveFor(zone)).extracting(ChecklistItem::id).doesNotContain(id).hasSize(13);
        mvc.perform(get("/resumption/checklist").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(edited))).andExpect(content().string(containsString("已停用")));
        for (String action : List.of("RESUMPTION_CHECKLIST_EDIT", "RESUMPTION_CHECKLIST_RETIRE")) {
            assertThat(db.sql("select count(*) from audit_log where action = :a and target_id = :id")
                    .param("a", action).param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void otherZonesGet404NationalItemsAre403AndOtherRolesOnlyRead() throws Exception {
        long zone = 148;
        var admin = fixtures.zoneAdmin(zone);
        long id = add(admin, "门岗登记" + Fixtures.next(), false);
        long nationalId = checklists.effectiveFor(zone).get(0).id();
        var otherAdmin = fixtures.zoneAdmin(149);
        long ent = fixtures.enterprise(zone);
        var entAdmin = fixtures.enterpriseAdmin(ent);
        var employee = fixtures.employeeAccount(fixtures.employee(ent, "李四"));
        var staff = fixtures.zoneStaff(zone);
        var ministry = fixtures.ministry();

        mvc.perform(get("/resumption/checklist/" + id + "/edit").with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(post("/resumption/checklist/" + id + "/retire").with(csrf()).with(as(otherAdmin)).param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/resumption/checklist/" + nationalId + "/retire").with(csrf()).with(as(admin))
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/resumption/checklist").with(csrf()).with(as(entAdmin)).param("title", "t").param("guidance", "g"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/resumption/checklist").with(csrf()).with(as(staff)).param("title", "t").param("guidance", "g"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/resumption/checklist").with(csrf()).with(as(ministry)).param("title", "t").param("guidance", "g"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/resumption/checklist").with(as(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/resumption/checklist").with(as(ministry))).andExpect(status().isOk())
                .andExpect(content().string(containsString("N13")))
                .andExpect(content().string(not(containsString("门岗登记"))));
        mvc.perform(get("/resumption/checklist").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("门岗登记")));
        assertThat(version(id)).isZero();
        assertThat(version(nationalId)).isZero();
    }

    @Test
    void badInputAnswers422InChinese() throws Exception {
        var admin = fixtures.zoneAdmin(149);
        mvc.perform(post("/resumption/checklist").with(csrf()).with(as(admin)).param("title", " ")
                        .param("guidance", "保留的要求").param("evidenceRequired", "maybe"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/resumption/checklist").with(csrf()).with(as(admin)).param("title", " ")
                        .param("guidance", "保留的要求"))
                .andExpect(status().is(422)).andExpect(content().string(containsString("请填写措施名称。")))
                .andExpect(content().string(containsString("保留的要求")));
        mvc.perform(post("/resumption/checklist").with(csrf()).with(as(admin)).param("title", "t")
                        .param("guidance", "长".repeat(2001)))
                .andExpect(status().is(422)).andExpect(content().string(containsString("不能超过 2000 个字。")));
        mvc.perform(get("/resumption/checklist/abc/edit").with(as(admin))).andExpect(status().is4xxClientError());
        mvc.perform(post("/resumption/checklist/1/retire").with(csrf()).with(as(admin)).param("version", "x"))
                .andExpect(status().is4xxClientError());
        assertThat(checklists.effectiveFor(149)).hasSize(13);
    }

    @Test
    void aZoneHasAtMostFortyItemsOfItsOwnInForce() throws Exception {
        long zone = 138;
        var admin = fixtures.zoneAdmin(zone);
        long first = 0;
        for (int i = 0; i < 40; i++) {
            long id = add(admin, "自定义措施" + i + "-" + Fixtures.next(), false);
            first = i == 0 ? id : first;
        }
        mvc.perform(post("/resumption/checklist").with(csrf()).with(as(admin)).param("title", "第41条措施")
                .param("guidance", "多出的一条"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("本园区自定义措施最多 40 条")))
                .andExpect(content().string(containsString("多出的一条")));
        mvc.perform(post("/resumption/checklist/" + first + "/retire").with(csrf()).with(as(admin))
                .param("version", String.valueOf(version(first))))
                .andExpect(status().is3xxRedirection());
        add(admin, "第41条措施" + Fixtures.next(), false);
        assertThat(checklists.effectiveFor(zone)).hasSize(13 + 40);
    }
}
