package org.ebank.notification.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.notification.push.application.ProfileStore;
import org.ebank.notification.push.application.ProfileStore.Activity;
import org.ebank.notification.push.application.ProfileStore.Balance;
import org.ebank.notification.push.application.PushLog;
import org.ebank.notification.push.application.RecordPushFacts;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;

/** A poll's postings become each account's latest balance of the day and each customer's count of the day, in two writes. */
class RecordPushFactsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void theLatestBalanceOfEachAccountAndDayAndTheCustomersOwnTransactionsCountedWithTheEveningOnes() {
        ProfileStore store = mock(ProfileStore.class);
        when(store.balances(any())).thenReturn(Mono.empty());
        when(store.activity(any())).thenReturn(Mono.empty());
        RecordPushFacts facts = new RecordPushFacts(store, mock(PushLog.class), Clock.system(SHANGHAI));

        facts.postings(List.of(
                posting("acc-1", "cus-1", "900.00", Channel.MOBILE, "2026-11-30T18:30:00"),
                // read in a poll after the later one: its balance is older and must not win
                posting("acc-1", "cus-1", "1000.00", Channel.MOBILE, "2026-11-30T09:00:00"),
                posting("acc-1", "cus-1", "899.50", Channel.SYSTEM, "2026-11-30T18:31:00"),
                posting("acc-2", "cus-2", "50.00", Channel.NETBANK, "2026-12-01T08:00:00"))).block();

        ArgumentCaptor<List<Balance>> balances = ArgumentCaptor.captor();
        ArgumentCaptor<List<Activity>> activity = ArgumentCaptor.captor();
        verify(store).balances(balances.capture());
        verify(store).activity(activity.capture());
        assertThat(balances.getValue()).extracting(Balance::accountId, Balance::day, Balance::balance).containsExactly(
                tuple("acc-1", DAY, new BigDecimal("899.50")),
                tuple("acc-2", DAY.plusDays(1), new BigDecimal("50.00")));
        assertThat(activity.getValue()).as("the fee by the bank is not the customer's").containsExactly(
                new Activity("cus-1", DAY, 2, 1), new Activity("cus-2", DAY.plusDays(1), 1, 0));
    }

    private static PostingRecorded posting(String account, String customer, String balance, Channel channel, String localTime) {
        return new PostingRecorded("p-" + localTime, account, customer, CardProduct.STANDARD, "0001", Direction.DEBIT, new BigDecimal("1.00"),
                new BigDecimal(balance), channel, "TRANSFER", null, LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant());
    }
}
