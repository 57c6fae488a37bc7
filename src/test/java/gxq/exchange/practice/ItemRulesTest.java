package gxq.exchange.practice;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gxq.account.Role;
import gxq.account.TenantScope;
import gxq.common.web.FieldProblem;
import gxq.exchange.internal.Refused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may read, edit, withdraw, comment on and adopt a shared item, and what input is refused. */
class ItemRulesTest {

    static SharedItem item(long zone, ItemState state) {
        OffsetDateTime t = OffsetDateTime.now();
        return new SharedItem(1, zone, "抚州", "江西省", Kind.PRACTICE, "t", "s", "b", null, null, null, null, null, state,
                9, t, t, null, null, null, 0, List.of(Topic.RESUMPTION), 0);
    }

    static TenantScope scope(Role role, Long zone) {
        return new TenantScope(5, role, zone, role == Role.ENTERPRISE_ADMIN ? 3L : null, null);
    }

    @Test
    void draftsAreSeenOnlyByTheirZoneAndWithdrawnOnesByTheirZoneAndTheMinistry() {
        for (Role r : List.of(Role.ZONE_ADMIN, Role.ZONE_STAFF)) {
            assertThat(ItemService.visible(scope(r, 75L), item(75, ItemState.DRAFT))).isTrue();
            assertThat(ItemService.visible(scope(r, 76L), item(75, ItemState.DRAFT))).isFalse();
            assertThat(ItemService.visible(scope(r, 76L), item(75, ItemState.PUBLISHED))).isTrue();
            assertThat(ItemService.visible(scope(r, 76L), item(75, ItemState.WITHDRAWN))).isFalse();
            assertThat(ItemService.visible(scope(r, 75L), item(75, ItemState.WITHDRAWN))).isTrue();
        }
        assertThat(ItemService.visible(scope(Role.MINISTRY_ADMIN, null), item(75, ItemState.DRAFT))).isFalse();
        assertThat(ItemService.visible(scope(Role.MINISTRY_ADMIN, null), item(75, ItemState.PUBLISHED))).isTrue();
        assertThat(ItemService.visible(scope(Role.MINISTRY_ADMIN, null), item(75, ItemState.WITHDRAWN))).isTrue();
        for (Role r : List.of(Role.ENTERPRISE_ADMIN, Role.EMPLOYEE, Role.GATE_GUARD, Role.SERVICE_PROVIDER)) {
            assertThat(ItemService.visible(scope(r, 75L), item(75, ItemState.PUBLISHED))).as(r.name()).isFalse();
        }
    }

    @Test
    void onlyTheOwnZoneEditsDraftsAndWithdrawsPublishedItems() {
        assertThat(ItemService.mayEdit(scope(Role.ZONE_STAFF, 75L), item(75, ItemState.DRAFT))).isTrue();
        assertThat(ItemService.mayEdit(scope(Role.ZONE_STAFF, 75L), item(75, ItemState.PUBLISHED))).isFalse();
        assertThat(ItemService.mayEdit(scope(Role.ZONE_ADMIN, 76L), item(75, ItemState.DRAFT))).isFalse();
        assertThat(ItemService.mayWithdraw(scope(Role.ZONE_ADMIN, 75L), item(75, ItemState.PUBLISHED))).isTrue();
        assertThat(ItemService.mayWithdraw(scope(Role.ZONE_ADMIN, 76L), item(75, ItemState.PUBLISHED))).isFalse();
        assertThat(ItemService.mayWithdraw(scope(Role.MINISTRY_ADMIN, null), item(75, ItemState.PUBLISHED))).isFalse();
        assertThat(ItemService.mayWithdraw(scope(Role.ZONE_ADMIN, 75L), item(75, ItemState.WITHDRAWN))).isFalse();
    }

    @Test
    void zoneAdminsOfOtherZonesAdoptAndZonesAndTheMinistryComment() {
        assertThat(ItemService.mayAdopt(scope(Role.ZONE_ADMIN, 76L), item(75, ItemState.PUBLISHED))).isTrue();
        assertThat(ItemService.mayAdopt(scope(Role.ZONE_STAFF, 76L), item(75, ItemState.PUBLISHED))).isFalse();
        assertThat(ItemService.mayAdopt(scope(Role.ZONE_ADMIN, 75L), item(75, ItemState.PUBLISHED))).isFalse();
        assertThat(ItemService.mayAdopt(scope(Role.ZONE_ADMIN, 76L), item(75, ItemState.WITHDRAWN))).isFalse();
        assertThat(ItemService.mayAdopt(scope(Role.MINISTRY_ADMIN, null), item(75, ItemState.PUBLISHED))).isFalse();
        assertThat(ItemService.mayComment(scope(Role.MINISTRY_ADMIN, null), item(75, ItemState.PUBLISHED))).isTrue();
        assertThat(ItemService.mayComment(scope(Role.ZONE_STAFF, 76L), item(75, ItemState.PUBLISHED))).isTrue();
        assertThat(ItemService.mayComment(scope(Role.ZONE_STAFF, 75L), item(75, ItemState.DRAFT))).isFalse();
        assertThat(ItemService.mayComment(scope(Role.ZONE_STAFF, 75L), item(75, ItemState.WITHDRAWN))).isFalse();
    }

    @Test
    void linksMustBeHttpOrHttpsAddressesWithAHost() {
        assertThat(ItemService.webAddress("https://gxq.chinatorch.org.cn/a?b=1")).isTrue();
        assertThat(ItemService.webAddress("http://example.org")).isTrue();
        assertThat(ItemService.webAddress("HTTPS://example.org")).isTrue();
        assertThat(ItemService.webAddress("javascript:alert(1)")).isFalse();
        assertThat(ItemService.webAddress("ftp://example.org/x")).isFalse();
        assertThat(ItemService.webAddress("example.org")).isFalse();
        assertThat(ItemService.webAddress("https://")).isFalse();
        assertThat(ItemService.webAddress("http://exa mple.org")).isFalse();
    }

    @Test
    void lengthsAndVersionsAreChecked() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(ItemService.text("  标题  ", "title", 5, true, problems)).isEqualTo("标题");
        assertThat(ItemService.text("   ", "title", 5, true, problems)).isNull();
        assertThat(ItemService.text("一二三四五六", "title", 5, true, problems)).isNull();
        assertThat(ItemService.text(null, "link", 5, false, problems)).isNull();
        assertThat(problems).extracting(FieldProblem::key).containsExactly("exchange.title.required", "exchange.tooLong");
        assertThat(ItemService.version("3", 3)).isEqualTo(3);
        assertThatThrownBy(() -> ItemService.version("2", 3)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> ItemService.version("x", 3)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> ItemService.version(null, 3)).isInstanceOf(Refused.class);
    }
}
