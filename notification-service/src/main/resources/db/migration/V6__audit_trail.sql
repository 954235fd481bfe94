-- The audit trail of every service: staff, channel-system and system actions, one row per ActionRecorded event.
create table audit_record (
    event_id    text primary key,
    actor       text        not null,
    role        text        not null,
    action      text        not null,
    subject     text,
    details     jsonb       not null default '{}',
    service     text        not null,
    request_id  text,
    recorded_at timestamptz not null
);
create index audit_record_time on audit_record (recorded_at desc, event_id desc);
create index audit_record_actor on audit_record (actor, recorded_at desc);
create index audit_record_subject on audit_record (subject, recorded_at desc);
