-- Payroll and pension batches (代发): checked at upload, paid through one approved payment to the disbursement account.
create table payroll_batch (
    id              text primary key,
    enterprise_id   text           not null references enterprise (id),
    maker_id        text           not null,
    from_account_id text           not null,
    -- the paying enterprise's name, as the payees' statements show it
    payer_name      text           not null,
    purpose         text           not null check (purpose in ('SALARY', 'PENSION')),
    row_count       int            not null check (row_count between 1 and 5000),
    valid_rows      int            not null check (valid_rows between 0 and row_count),
    -- of the valid rows: what the batch's payment moves
    total           numeric(19, 2) not null check (total >= 0),
    payment_id      text references payment (id),
    -- SHA-256 of the file as uploaded, and an earlier batch of the enterprise from the same file, if any (a warning)
    file_sha256     text           not null,
    duplicate_of    text references payroll_batch (id),
    status          text           not null check (status in ('VALIDATED', 'SUBMITTED', 'DISBURSING', 'COMPLETED', 'CANCELLED')),
    reason          text,
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    check ((payment_id is null) = (status = 'VALIDATED'))
);
create index payroll_batch_by_enterprise on payroll_batch (enterprise_id, created_at desc);
create index payroll_batch_by_file on payroll_batch (enterprise_id, file_sha256);
create index payroll_batch_open on payroll_batch (status, created_at) where status in ('SUBMITTED', 'DISBURSING');
-- one batch per payment: a payment funds the batch that entered it and no other
create unique index payroll_batch_payment on payroll_batch (payment_id);

-- One payee per row: the account by id and the number's last four digits (never the whole number).
create table payroll_row (
    batch_id   text           not null references payroll_batch (id),
    row_no     int            not null check (row_no between 1 and 5000),
    account_id text,
    last_four  text,
    name       text           not null,
    amount     numeric(19, 2) check (amount > 0),
    memo       text,
    status     text           not null check (status in ('INVALID', 'PENDING', 'PAID', 'FAILED')),
    problem    text,
    primary key (batch_id, row_no),
    check ((status = 'INVALID') = (account_id is null)),
    check ((problem is null) = (status in ('PENDING', 'PAID')))
);
create index payroll_row_pending on payroll_row (batch_id, row_no) where status = 'PENDING';
