package org.ebank.transfer.directory.adapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start: cards this service learnt of before numbers were hashed get their hash, and their number is forgotten. */
@Component
class CardNumberBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CardNumberBackfill.class);

    private final R2dbcCardDirectory directory;

    CardNumberBackfill(R2dbcCardDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long done = directory.forgetCardNumbers().block();
        if (done != null && done > 0) {
            log.info("replaced the card numbers of {} cards by their keyed hash", done);
        }
    }
}
