-- The business days each daily job is done for (DailyJobs): a day missing here whose time has come (after this database
-- was created) is run at the next check, so a run that every instance was down for, or that a kill cut short, is late
-- rather than lost.
create table daily_job_run (
    job          text        not null,
    business_day date        not null,
    finished_at  timestamptz not null default now(),
    primary key (job, business_day)
);
