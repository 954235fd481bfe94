package org.ebank.corporate.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void publishedCodesAreAcceptedWithTheirRegion() {
        assertThat(new CreditCode("91350100M000100Y43").region()).isEqualTo("350100");
        assertThat(new CreditCode("91110000802100433B").region()).isEqualTo("110000");
        assertThat(new CreditCode("91440300192317458F").region()).isEqualTo("440300");
    }

    @Test
    void theCheckCharacterIsTheOneTheFirstSeventeenCallFor() {
        assertThat(CreditCode.completing("91350100M000100Y4").value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.completing("91110000802100433").value()).isEqualTo("91110000802100433B");
        // a check value of 0 is the character 0, not 31 (no such character)
        for (int i = 0; i < 31 * 31; i++) {
            String first17 = "914401" + String.format("%011d", i);
            assertThat(new CreditCode(CreditCode.completing(first17).value()).value()).startsWith(first17);
        }
    }

    @Test
    void aWrongCheckCharacterAWrongLengthOrAForbiddenLetterIsRefused() {
        assertThatThrownBy(() -> new CreditCode("91350100M000100Y44")).hasMessageContaining("check character");
        assertThatThrownBy(() -> new CreditCode("91350100M000100Y4")).hasMessageContaining("18 characters");
        assertThatThrownBy(() -> new CreditCode(null)).hasMessageContaining("18 characters");
        // I, O, S, V and Z are never used (they read like 1, 0, 5, U and 2); lower case is not the code either
        assertThatThrownBy(() -> new CreditCode("91350100I000100Y43")).hasMessageContaining("capital letters");
        assertThatThrownBy(() -> new CreditCode("91350100m000100Y43")).hasMessageContaining("capital letters");
        assertThatThrownBy(() -> CreditCode.completing("91350100O000100Y4")).hasMessageContaining("capital letters");
    }
}
