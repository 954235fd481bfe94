package org.ebank.payment.etc.application;

import java.time.YearMonth;
import org.ebank.payment.directory.application.Directory;
import org.ebank.payment.etc.domain.MonthlyStatement;
import org.ebank.payment.kernel.domain.Refusal;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A card's monthly ETC statement, for its holder only (a customer, or an enterprise for its settlement account). */
@Service
public class TollStatements {

    private final Directory directory;
    private final EtcRepository etc;

    TollStatements(Directory directory, EtcRepository etc) {
        this.directory = directory;
        this.etc = etc;
    }

    public Mono<MonthlyStatement> of(String holderId, String accountId, YearMonth month) {
        return directory.card(accountId).filter(card -> card.isOwnedBy(holderId))
                .switchIfEmpty(Mono.error(() -> new Refusal(Refusal.Reason.UNKNOWN_ACCOUNT)))
                .flatMap(card -> etc.lines(accountId, month).collectList().zipWith(etc.debitsOfAccount(accountId, month).collectList())
                        .map(found -> new MonthlyStatement(accountId, card.lastFour(), card.product(), month, found.getT1(), found.getT2())));
    }
}
