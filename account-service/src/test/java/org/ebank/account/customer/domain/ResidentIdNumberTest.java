package org.ebank.account.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void aValidNumberYieldsItsHoldersBirthDate() {
        ResidentIdNumber id = new ResidentIdNumber("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void aLowerCaseCheckCharacterIsAccepted() {
        assertThat(new ResidentIdNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> new ResidentIdNumber("110105194912310021")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit");
    }

    @Test
    void anImpossibleBirthDateIsRefused() {
        String first17 = "11010519491331002";
        assertThatThrownBy(() -> new ResidentIdNumber(first17 + ResidentIdNumber.checkCharacter(first17)))
                .hasMessageContaining("birth date");
    }

    @Test
    void wrongLengthsAndLettersAreRefused() {
        assertThatThrownBy(() -> new ResidentIdNumber("1101051949123100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResidentIdNumber("11010519491231002Y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResidentIdNumber(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itPrintsOnlyTheLastFourCharacters() {
        assertThat(new ResidentIdNumber("11010519491231002X")).hasToString("**************002X");
    }
}
