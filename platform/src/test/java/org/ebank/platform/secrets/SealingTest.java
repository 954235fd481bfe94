package org.ebank.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SealingTest {

    private final SealingKey reader = SealingKey.from(null);
    private final Sealer writer = Sealer.with(reader.publicJwk());

    @Test
    void onlyTheReaderOpensWhatWasSealedForIt() {
        String sealed = writer.seal("493027").block();

        assertThat(sealed).doesNotContain("493027");
        assertThat(writer.seal("493027").block()).as("sealing the same code twice gives another text").isNotEqualTo(sealed);
        assertThat(reader.open(sealed)).isEqualTo("493027");
        assertThatThrownBy(() -> SealingKey.from(null).open(sealed)).isInstanceOf(Sealing.SealedWithAnotherKeyException.class);
    }

    @Test
    void aTamperedOrMadeUpTextDoesNotOpen() {
        String sealed = writer.seal("493027").block();
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");

        assertThatThrownBy(() -> reader.open(tampered)).isInstanceOf(Sealing.SealedWithAnotherKeyException.class);
        assertThatThrownBy(() -> reader.open("493027")).isInstanceOf(Sealing.SealedWithAnotherKeyException.class);
    }
}
