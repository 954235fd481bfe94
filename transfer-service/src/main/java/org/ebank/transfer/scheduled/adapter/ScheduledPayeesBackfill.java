package org.ebank.transfer.scheduled.adapter;

import org.ebank.transfer.directory.application.CardDirectory;
import org.ebank.transfer.scheduled.application.ScheduledRepository;
import org.ebank.transfer.transfer.domain.Quote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: schedules set up before payees were kept by account are moved over to the account of their card, and
 * the card number is forgotten (kept as its last four digits). Card numbers rest in account-service alone.
 */
@Component
class ScheduledPayeesBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPayeesBackfill.class);

    private final ScheduledRepository scheduled;
    private final CardDirectory cards;

    ScheduledPayeesBackfill(ScheduledRepository scheduled, CardDirectory cards) {
        this.scheduled = scheduled;
        this.cards = cards;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long moved = scheduled.byCardNumber()
                .concatMap(s -> cards.byCardNumber(s.toAccountNumber())
                        .flatMap(card -> scheduled.payAccount(s.id(), card.accountId(), Quote.maskedCard(s.toAccountNumber()))
                                .thenReturn(s.id())))
                .count().block();
        if (moved != null && moved > 0) {
            log.info("{} scheduled transfers now pay their payee's account instead of its card number", moved);
        }
    }
}
