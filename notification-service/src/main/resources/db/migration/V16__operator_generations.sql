-- The latest generation each corporate operator was started over into (OperatorReset): their tokens of an earlier one
-- no longer read their messages here, as corporate-service no longer serves them.
create table operator_generation (
    operator_id text primary key,
    generation  bigint not null
);
