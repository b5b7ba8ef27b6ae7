-- Customers and workers as sign-in accounts, customer addresses and refresh-token sessions.
-- Personal data (phones, address details, door codes) is stored encrypted (AES-GCM, *_enc);
-- *_hash columns are keyed HMAC blind indexes for exact-match lookups (DESIGN.md §3, §10).

alter table tenant add column wechat_app_secret_enc text;

create table customer (
    tenant_id      uuid        not null references tenant (id),
    id             uuid        not null,
    phone_enc      text,
    phone_hash     varchar(64),
    phone_last4    varchar(4),
    wechat_openid  varchar(64),
    wechat_unionid varchar(64),
    nickname       varchar(60),
    avatar_url     varchar(500),
    gender         varchar(10) check (gender in ('FEMALE', 'MALE', 'UNDISCLOSED')),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer     not null default 0,
    primary key (tenant_id, id)
);
create unique index customer_phone_uq on customer (tenant_id, phone_hash) where phone_hash is not null;
create unique index customer_openid_uq on customer (tenant_id, wechat_openid) where wechat_openid is not null;

create table customer_address (
    tenant_id               uuid         not null,
    id                      uuid         not null,
    customer_id             uuid         not null,
    label                   varchar(30),
    contact_name            varchar(60)  not null,
    contact_phone_enc       text         not null,
    contact_phone_last4     varchar(4)   not null,
    city_code               varchar(12)  not null,
    district                varchar(60)  not null,
    community               varchar(120),
    building                varchar(30),
    unit                    varchar(30),
    room_enc                text,
    detail_enc              text         not null,
    access_instructions_enc text,
    lat                     double precision not null check (lat between -90 and 90),
    lng                     double precision not null check (lng between -180 and 180),
    is_default              boolean      not null default false,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 integer      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id) on delete cascade
);
create index customer_address_customer_idx on customer_address (tenant_id, customer_id);
create unique index customer_address_one_default on customer_address (tenant_id, customer_id) where is_default;

create table worker (
    tenant_id   uuid        not null references tenant (id),
    id          uuid        not null,
    phone_enc   text        not null,
    phone_hash  varchar(64) not null,
    phone_last4 varchar(4)  not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null default 0,
    primary key (tenant_id, id)
);
create unique index worker_phone_uq on worker (tenant_id, phone_hash);

-- One row per refresh token. A family is one sign-in; rotating marks the old token used and adds
-- the next one. Presenting a used token again revokes the whole family (token theft).
create table auth_refresh_token (
    tenant_id    uuid        not null references tenant (id),
    id           uuid        not null,
    family_id    uuid        not null,
    subject_kind varchar(10) not null check (subject_kind in ('customer', 'worker')),
    subject_id   uuid        not null,
    token_hash   varchar(64) not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    revoked_at   timestamptz,
    primary key (tenant_id, id)
);
create unique index auth_refresh_token_hash_uq on auth_refresh_token (tenant_id, token_hash);
create index auth_refresh_token_family_idx on auth_refresh_token (tenant_id, family_id);
