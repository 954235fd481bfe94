package org.ebank.account.ledger.application;

import reactor.core.publisher.Flux;

public interface AccountHistory {

    Flux<HistoryLine> page(HistoryQuery query);
}
