package org.ebank.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule()), "/ebank/test",
            Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    record Paid(BigDecimal amount, BigDecimal fee, BigDecimal yield, BigDecimal large) {
    }

    @Test
    void decimalsTravelAsStringsWithTwoDecimalsAtLeastNeverAsNumbersOrExponents() {
        CloudEvent event = codec.wrap(UUID.randomUUID(), "ebank.test.Paid", "acct-1",
                new Paid(new BigDecimal("1000.5"), BigDecimal.ZERO, new BigDecimal("0.0385"), new BigDecimal("1E+7")));

        String json = codec.write(event);

        assertThat(json).contains("\"amount\":\"1000.50\"", "\"fee\":\"0.00\"", "\"yield\":\"0.0385\"", "\"large\":\"10000000.00\"");
        assertThat(codec.data(codec.read(json), Paid.class)).isEqualTo(
                new Paid(new BigDecimal("1000.50"), new BigDecimal("0.00"), new BigDecimal("0.0385"), new BigDecimal("10000000.00")));
    }

    @Test
    void eventsWrittenWhenAmountsWereJsonNumbersAreStillReadExactly() {
        String earlier = """
                {"specversion":"1.0","id":"%s","source":"/ebank/test","type":"ebank.test.Paid","time":"2026-10-01T08:00:00+08:00",
                 "subject":"acct-1","datacontenttype":"application/json",
                 "data":{"amount":1000.10,"fee":5.00,"yield":0.0385,"large":12345678901234567.89}}""".formatted(UUID.randomUUID());

        assertThat(codec.data(codec.read(earlier), Paid.class)).isEqualTo(new Paid(new BigDecimal("1000.10"), new BigDecimal("5.00"),
                new BigDecimal("0.0385"), new BigDecimal("12345678901234567.89")));
    }
}
