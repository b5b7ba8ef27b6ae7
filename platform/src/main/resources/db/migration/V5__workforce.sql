-- Workforce: worker profiles, skills, certificates, audit history, levels and weekly availability.
--
-- A worker account exists from the first phone sign-in (V3) with no profile. Such accounts have
-- audit_status REGISTERING and null profile columns; submitting the profile moves them to PENDING,
-- and from then on the check worker_profile_complete keeps the profile's required columns filled.
-- The ID number is encrypted (id_number_enc, AES-GCM) with a blind index for uniqueness and its
-- last four characters for masked lists.

create table worker_level (
    tenant_id  uuid        not null references tenant (id),
    id         uuid        not null,
    code       varchar(30) not null,
    name       varchar(60) not null,
    sort_order integer     not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    integer     not null default 0,
    primary key (tenant_id, id)
);
create unique index worker_level_code_uq on worker_level (tenant_id, code);

alter table worker
    add column audit_status      varchar(12) not null default 'REGISTERING'
        check (audit_status in ('REGISTERING', 'PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    add column work_status       varchar(8)  not null default 'OFFLINE'
        check (work_status in ('ONLINE', 'BUSY', 'OFFLINE')),
    add column display_name      varchar(40),
    add column gender            varchar(6)  check (gender in ('FEMALE', 'MALE')),
    add column birth_year        smallint    check (birth_year between 1900 and 2100),
    add column photo_file_id     uuid,
    add column experience_years  smallint    check (experience_years between 0 and 80),
    add column introduction      varchar(1000),
    add column home_lat          double precision check (home_lat between -90 and 90),
    add column home_lng          double precision check (home_lng between -180 and 180),
    add column service_radius_km smallint    check (service_radius_km between 1 and 200),
    add column id_number_enc     text,
    add column id_number_hash    varchar(64),
    add column id_number_last4   varchar(4),
    add column level_id          uuid,
    -- Average stars x 100 per dimension (0..500), over rating_count reviews; kept by the review feature.
    add column rating_attitude_x100    smallint not null default 0 check (rating_attitude_x100 between 0 and 500),
    add column rating_efficiency_x100  smallint not null default 0 check (rating_efficiency_x100 between 0 and 500),
    add column rating_quality_x100     smallint not null default 0 check (rating_quality_x100 between 0 and 500),
    add column rating_punctuality_x100 smallint not null default 0 check (rating_punctuality_x100 between 0 and 500),
    add column rating_count      integer     not null default 0 check (rating_count >= 0),
    add column orders_served     integer     not null default 0 check (orders_served >= 0),
    add column submitted_at      timestamptz,
    add constraint worker_level_fk foreign key (tenant_id, level_id) references worker_level (tenant_id, id),
    add constraint worker_profile_complete check (audit_status = 'REGISTERING' or (display_name is not null
        and gender is not null and birth_year is not null and home_lat is not null and home_lng is not null
        and service_radius_km is not null and id_number_enc is not null and id_number_hash is not null)),
    add constraint worker_online_needs_approval check (work_status = 'OFFLINE' or audit_status = 'APPROVED');
create unique index worker_id_number_uq on worker (tenant_id, id_number_hash) where id_number_hash is not null;
create index worker_audit_status_idx on worker (tenant_id, audit_status);

-- Service items a worker can do. The catalog's service_item table lives on another branch: the
-- foreign key (tenant_id, service_item_id) -> service_item is added after the merge; until then the
-- application checks ids through SkillCatalog.
create table worker_skill (
    tenant_id       uuid not null references tenant (id),
    worker_id       uuid not null,
    service_item_id uuid not null,
    primary key (tenant_id, worker_id, service_item_id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id) on delete cascade
);
create index worker_skill_item_idx on worker_skill (tenant_id, service_item_id);

create table worker_certificate (
    tenant_id   uuid        not null references tenant (id),
    id          uuid        not null,
    worker_id   uuid        not null,
    type        varchar(20) not null
        check (type in ('DOMESTIC_SERVICE', 'HEALTH', 'NANNY', 'ELDERLY_CARE', 'OTHER')),
    number      varchar(60) not null,
    file_ids    uuid[]      not null default '{}',
    issued_on   date        not null,
    expires_on  date,
    audit_state varchar(10) not null default 'PENDING' check (audit_state in ('PENDING', 'APPROVED', 'REJECTED')),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id) on delete cascade,
    check (expires_on is null or expires_on >= issued_on)
);
create index worker_certificate_worker_idx on worker_certificate (tenant_id, worker_id);

-- Append-only history of audit decisions on a worker (and on its certificates when certificate_id is set).
create table worker_audit_decision (
    tenant_id      uuid         not null references tenant (id),
    id             uuid         not null,
    worker_id      uuid         not null,
    certificate_id uuid,
    decision       varchar(12)  not null
        check (decision in ('SUBMITTED', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    reason         varchar(500),
    decided_by     varchar(100) not null,
    decided_by_name varchar(100),
    decided_at     timestamptz  not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id) on delete cascade
);
create index worker_audit_decision_worker_idx on worker_audit_decision (tenant_id, worker_id, decided_at);

-- Weekly availability in the tenant's time zone: ISO weekday (1 = Monday) and minutes of the day,
-- [start_minute, end_minute). The database refuses overlapping windows of one worker on one weekday.
create table availability_window (
    tenant_id    uuid     not null references tenant (id),
    id           uuid     not null,
    worker_id    uuid     not null,
    weekday      smallint not null check (weekday between 1 and 7),
    start_minute smallint not null check (start_minute between 0 and 1439),
    end_minute   smallint not null check (end_minute between 1 and 1440),
    primary key (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id) on delete cascade,
    check (start_minute < end_minute),
    constraint availability_window_no_overlap exclude using gist (
        tenant_id with =, worker_id with =, weekday with =, int4range(start_minute, end_minute) with &&)
);

-- Dated exceptions: a day (or hours) off, or extra hours. DAY_OFF without a range is the whole day.
create table availability_exception (
    tenant_id    uuid        not null references tenant (id),
    id           uuid        not null,
    worker_id    uuid        not null,
    on_date      date        not null,
    kind         varchar(12) not null check (kind in ('DAY_OFF', 'EXTRA_HOURS')),
    start_minute smallint check (start_minute between 0 and 1439),
    end_minute   smallint check (end_minute between 1 and 1440),
    created_at   timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id) on delete cascade,
    check ((start_minute is null) = (end_minute is null)),
    check (start_minute is null or start_minute < end_minute),
    check (kind = 'DAY_OFF' or start_minute is not null)
);
create index availability_exception_worker_idx on availability_exception (tenant_id, worker_id, on_date);
