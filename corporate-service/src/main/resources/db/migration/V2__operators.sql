-- Corporate netbank operators (管理员, 经办, 复核): by the enterprise and a login name. No secret rests here in clear:
-- the password and the activation code as BCrypt hashes, the dynamic token's secret sealed (AES-GCM, the key outside
-- the database).
create table operator (
    id                    text primary key,
    enterprise_id         text        not null references enterprise (id),
    login_name            text        not null,
    name                  text        not null,
    role                  text        not null check (role in ('ADMIN', 'MAKER', 'CHECKER')),
    status                text        not null check (status in ('ENROLLED', 'TOKEN_PENDING', 'ACTIVE')),
    password_hash         text,
    activation_code_hash  text,
    activation_expires_at timestamptz,
    sealed_secret         text,
    -- the 30-second step of the last code accepted: a code at or before it is refused (no replay)
    last_code_step        bigint      not null,
    failed_attempts       int         not null,
    locked_until          timestamptz,
    enrolled_at           timestamptz not null,
    unique (enterprise_id, login_name)
);
-- one administrator per enterprise, whatever races
create unique index operator_one_admin on operator (enterprise_id) where role = 'ADMIN';
