package org.ebank.corporate.operator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 双人复核: who may confirm a request about an enterprise's administrator, and for how long. */
class AdministratorRequestTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    private static AdministratorRequest by(String staff, boolean manager) {
        return new AdministratorRequest("req_1", "ent_1", AdministratorRequest.Kind.ENROLMENT, "admin", "张", "13900000001", null,
                staff, manager, "0101", AT, AT.plus(Duration.ofHours(24)), AdministratorRequest.Status.PENDING);
    }

    @Test
    void aSecondStaffMemberOfTheBranchConfirmsWhenOneOfTheTwoIsItsManager() {
        assertThat(by("staff01", false).refusalOf("staff03", "0101", true)).isNull();
        assertThat(by("staff03", true).refusalOf("staff02", "0101", false)).isNull();
        assertThat(by("staff01", false).refusalOf("staff02", "0101", false)).isEqualTo(AdministratorRequest.Refusal.NO_MANAGER);
    }

    @Test
    void noOneConfirmsTheirOwnRequestOrAnotherBranchs() {
        assertThat(by("staff03", true).refusalOf("staff03", "0101", true)).isEqualTo(AdministratorRequest.Refusal.OWN_REQUEST);
        assertThat(by("staff01", false).refusalOf("staff11", "0102", true)).isEqualTo(AdministratorRequest.Refusal.OTHER_BRANCH);
    }

    @Test
    void aRequestWaitsADayAtMostAndOnlyWhilePending() {
        AdministratorRequest request = by("staff01", false);
        assertThat(request.open(AT.plus(Duration.ofHours(23)))).isTrue();
        assertThat(request.open(AT.plus(Duration.ofHours(24)))).isFalse();
        assertThat(new AdministratorRequest("req_1", "ent_1", AdministratorRequest.Kind.RESET, null, null, null, null, "staff01", false,
                "0101", AT, AT.plus(Duration.ofHours(24)), AdministratorRequest.Status.CONFIRMED).open(AT)).isFalse();
    }
}
