package org.ebank.transfer.transfer.domain;

/** What a quote is for, which decides whether it holds a free use and who may act on it. */
public enum QuotePurpose {
    /** A transfer the customer confirms now: the free use its fee relies on is reserved until it expires. */
    TRANSFER,
    /**
     * Setting up a scheduled transfer: priced as a run would be today and stepped up like a transfer, but it reserves
     * nothing (each run is priced, and takes its free use, when it runs) and only sets up the schedule.
     */
    SCHEDULE,
    /** One run of a scheduled transfer, made and executed at once by the scheduler, unattended. */
    SCHEDULED_RUN;

    public boolean scheduled() {
        return this != TRANSFER;
    }

    /** Whether the quote holds the free use its fee relies on: only a quote that is about to be executed does. */
    public boolean reservesFreeUse() {
        return this != SCHEDULE;
    }

    /** Customers confirm transfers; the scheduler executes runs; a schedule's quote is executed by nobody. */
    public boolean executableBy(boolean scheduler) {
        return scheduler ? this == SCHEDULED_RUN : this == TRANSFER;
    }
}
