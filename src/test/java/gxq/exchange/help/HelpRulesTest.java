package gxq.exchange.help;

import java.time.LocalDate;
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

/** States of help requests, who is a party to one, and the checks of typed numbers. */
class HelpRulesTest {

    static HelpRequest request(RequestState state, LocalDate neededBy) {
        OffsetDateTime t = OffsetDateTime.now();
        return new HelpRequest(1, 75, "抚州", "360000", "江西省", HelpCategory.SUPPLIES, "口罩", "d", 100, "只", neededBy,
                "陈", "enc", "138****2222", state, 9, t, t, null, 0, 0, 0);
    }

    @Test
    void anOpenRequestPastItsDayIsExpiredAndTakesNoOffers() {
        LocalDate today = LocalDate.of(2020, 3, 1);
        assertThat(request(RequestState.OPEN, today).shownState(today)).isEqualTo(RequestState.OPEN);
        assertThat(request(RequestState.OPEN, today).takesOffers(today)).isTrue();
        assertThat(request(RequestState.OPEN, today.minusDays(1)).shownState(today)).isEqualTo(RequestState.EXPIRED);
        assertThat(request(RequestState.PARTLY_MET, today.minusDays(1)).takesOffers(today)).isFalse();
        assertThat(request(RequestState.PARTLY_MET, today).takesOffers(today)).isTrue();
        assertThat(request(RequestState.MET, today.plusDays(3)).takesOffers(today)).isFalse();
        assertThat(request(RequestState.CLOSED, today.minusDays(3)).shownState(today)).isEqualTo(RequestState.CLOSED);
    }

    @Test
    void partiesAreTheRequestingZoneOtherZonesAndTheMinistryOnly() {
        HelpRequest r = request(RequestState.OPEN, LocalDate.now().plusDays(2));
        assertThat(HelpService.party(new TenantScope(1, Role.ZONE_STAFF, 75L, null, null), r))
                .contains(HelpService.Party.REQUESTER);
        assertThat(HelpService.party(new TenantScope(1, Role.ZONE_ADMIN, 76L, null, null), r))
                .contains(HelpService.Party.OTHER_ZONE);
        assertThat(HelpService.party(new TenantScope(1, Role.MINISTRY_ADMIN, null, null, null), r))
                .contains(HelpService.Party.MINISTRY);
        assertThat(HelpService.party(new TenantScope(1, Role.ENTERPRISE_ADMIN, 75L, 3L, null), r)).isEmpty();
        assertThat(HelpService.party(new TenantScope(1, Role.GATE_GUARD, 75L, null, null), r)).isEmpty();
        assertThat(HelpService.party(new TenantScope(1, Role.SERVICE_PROVIDER, 75L, null, null), r)).isEmpty();
    }

    @Test
    void quantitiesArePositiveWholeNumbersAndPhonesMobileNumbers() {
        List<FieldProblem> p = new ArrayList<>();
        assertThat(HelpService.quantity(" 2000 ", p)).isEqualTo(2000);
        assertThat(HelpService.quantity("0", p)).isNull();
        assertThat(HelpService.quantity("-5", p)).isNull();
        assertThat(HelpService.quantity("1.5", p)).isNull();
        assertThat(HelpService.quantity("999999999999", p)).isNull();
        assertThat(HelpService.quantity("", p)).isNull();
        assertThat(p).extracting(FieldProblem::key).containsExactly("exchange.help.quantity.range",
                "exchange.help.quantity.range", "exchange.help.quantity.bad", "exchange.help.quantity.range",
                "exchange.help.quantity.required");
        p.clear();
        assertThat(HelpService.phone("138-1111-2222", p)).isEqualTo("13811112222");
        assertThat(HelpService.phone("010-12345678", p)).isNull();
        assertThat(p).extracting(FieldProblem::key).containsExactly("exchange.phone.bad");
        assertThatThrownBy(() -> HelpService.version("1", 2)).isInstanceOf(Refused.class);
    }
}
