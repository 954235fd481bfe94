-- Who a prospect is: each customer's and enterprise's name and phone as they registered (CustomerRegistered,
-- EnterpriseRegistered), so a branch knows whom to call. The phone is kept as the prospects list shows it, masked
-- (138****5678): the full number stays with account-service. A rebuild keeps these (each event's upsert gives the same).
create table kpi_contact (
    customer_id text primary key,
    name        text not null,
    phone       text
);

-- Smart pushes as notification-service tells of them (PushSent, PushOpened, PushConverted): the push funnel. A step may
-- arrive before the push's PushSent (another partition's order), so every column but the id may wait for its event.
create table kpi_push (
    push_id            text primary key,
    customer_id        text not null,
    sent_at            timestamptz,
    opened_at          timestamptz,
    converted_at       timestamptz,
    converted_order_id text
);
create index kpi_push_sent on kpi_push (sent_at) where sent_at is not null;
