package org.ebank.corporate.operator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OperatorTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void fiveFailuresInARowLockForThirtyMinutesThenTheCountStartsAgain() {
        Operator operator = Operator.enrolled("op1", "ent1", "admin", "张三", "13800000001", OperatorRole.ADMIN, "hash", NOW);
        for (int i = 1; i <= 4; i++) {
            operator = operator.failed(NOW);
            assertThat(operator.failedAttempts()).isEqualTo(i);
            assertThat(operator.isLocked(NOW)).isFalse();
        }
        operator = operator.failed(NOW);
        assertThat(operator.isLocked(NOW)).isTrue();
        assertThat(operator.isLocked(NOW.plus(Operator.LOCK_FOR).minusSeconds(1))).isTrue();
        Instant later = NOW.plus(Operator.LOCK_FOR);
        assertThat(operator.isLocked(later)).isFalse();
        assertThat(operator.failed(later).failedAttempts()).as("after the lock, one failure is one").isEqualTo(1);
        assertThat(operator.failed(later).failed(later).succeeded(7).failedAttempts()).isZero();
    }

    @Test
    void activationIsOpenForSevenDaysWhileEnrolledOnly() {
        Operator operator = Operator.enrolled("op1", "ent1", "maker_1", "李四", "13800000002", OperatorRole.MAKER, "hash", NOW);
        assertThat(operator.activationOpen(NOW.plus(Operator.ACTIVATION_VALID).minusSeconds(1))).isTrue();
        assertThat(operator.activationOpen(NOW.plus(Operator.ACTIVATION_VALID))).isFalse();
        assertThat(operator.withPassword("p", "s").activationOpen(NOW)).as("used once").isFalse();
    }

    @Test
    void loginNamesAndPasswordsHaveTheirRules() {
        assertThatThrownBy(() -> Operator.enrolled("op1", "ent1", "Admin", "张三", "13800000001", OperatorRole.ADMIN, "h", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Operator.enrolled("op1", "ent1", "ab", "张三", "13800000001", OperatorRole.ADMIN, "h", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Operator.acceptsPassword("Corp2026a")).isTrue();
        assertThat(Operator.acceptsPassword("12345678")).isFalse();
        assertThat(Operator.acceptsPassword("abcdefgh")).isFalse();
        assertThat(Operator.acceptsPassword("a1")).isFalse();
    }
}
