-- Progress of the periodic fee batch, one row per fee and period.
create table fee_run (
    kind            text not null,
    period          text not null,
    done            boolean not null default false,
    last_account_id text,
    charged         int  not null default 0,
    unpaid          int  not null default 0,
    waived          int  not null default 0,
    not_due         int  not null default 0,
    updated_at      timestamptz not null default now(),
    primary key (kind, period)
);
