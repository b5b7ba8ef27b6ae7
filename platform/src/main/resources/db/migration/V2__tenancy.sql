-- Tenancy core (DESIGN.md §2): platform tables (no tenant_id) and the first tenant-owned tables.
-- Rule for every tenant-owned table: tenant_id uuid not null references tenant, primary/unique keys
-- that include tenant_id, and composite foreign keys (tenant_id, x_id) so that the database itself
-- refuses a row pointing at another tenant's data.

create table plan (
    id                 uuid primary key,
    code               varchar(40)  not null unique,
    name               varchar(120) not null,
    max_workers        integer      not null check (max_workers > 0),
    max_staff_accounts integer      not null check (max_staff_accounts > 0),
    monthly_price_fen  bigint       not null check (monthly_price_fen >= 0),
    active             boolean      not null default true,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            integer      not null default 0
);

create table tenant (
    id                  uuid primary key,
    slug                varchar(40)  not null unique check (slug ~ '^[a-z][a-z0-9-]{1,38}[a-z0-9]$'),
    type                varchar(20)  not null check (type in ('COMPANY', 'CITY_OPERATOR')),
    status              varchar(20)  not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
    display_name        varchar(120) not null,
    logo_url            varchar(500),
    primary_color       varchar(7),
    mini_program_app_id varchar(64) unique,
    h5_host             varchar(253) unique,
    default_locale      varchar(10)  not null,
    time_zone           varchar(64)  not null,
    city_codes          varchar(12)[] not null default '{}',
    service_area        jsonb,
    plan_id             uuid references plan (id),
    settings            jsonb        not null,
    keycloak_org_id     varchar(64),
    status_reason       varchar(500),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             integer      not null default 0,
    -- a city operator serves exactly one city and has a service area
    constraint tenant_city_operator_city check (type <> 'CITY_OPERATOR' or (cardinality(city_codes) = 1 and service_area is not null))
);
create index tenant_status_idx on tenant (status);

create table commission_rule (
    id                    uuid primary key,
    tenant_type           varchar(20) not null check (tenant_type in ('COMPANY', 'CITY_OPERATOR')),
    plan_id               uuid references plan (id),
    service_category_code varchar(60),
    rate_bp               integer     not null check (rate_bp between 0 and 10000),
    min_fee_fen           bigint      not null default 0 check (min_fee_fen >= 0),
    max_fee_fen           bigint check (max_fee_fen is null or max_fee_fen >= min_fee_fen),
    effective_from        date        not null,
    note                  varchar(500),
    created_at            timestamptz not null,
    created_by            varchar(100) not null
);
-- one rule per scope and start date; later rules supersede earlier ones, nothing is edited in place
create unique index commission_rule_scope_uq on commission_rule (tenant_type, coalesce(plan_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(service_category_code, ''), effective_from);

create table platform_audit (
    id          bigserial primary key,
    at          timestamptz  not null,
    actor_sub   varchar(100) not null,
    actor_name  varchar(200),
    action      varchar(60)  not null,
    target_type varchar(40)  not null,
    target_id   varchar(100) not null,
    before      jsonb,
    after       jsonb
);
create index platform_audit_target_idx on platform_audit (target_type, target_id, at desc);
create index platform_audit_at_idx on platform_audit (at desc);
