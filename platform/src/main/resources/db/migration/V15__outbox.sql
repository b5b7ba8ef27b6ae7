-- Events backbone (DESIGN.md §7): the transactional outbox, idempotent consumption with retries/parking,
-- and the first consumer's table (daily order statistics per tenant).

-- One row per state change others react to, written in the transaction of the change. tenant_id is null for
-- platform-level events; not a tenant-owned table (the relay reads across tenants), hence no composite key.
create table outbox_event (
    id              uuid        primary key,
    seq             bigint      generated always as identity unique,
    tenant_id       uuid,
    aggregate_type  text        not null,
    aggregate_id    text        not null,
    type            text        not null,
    payload         jsonb       not null,
    occurred_at     timestamptz not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'PUBLISHED')),
    published_at    timestamptz,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text
);
-- The relay's pick: pending rows due now, in commit-ish order (seq).
create index outbox_event_pending on outbox_event (next_attempt_at, seq) where status = 'PENDING';

-- What each consumer did with each event. No foreign key to outbox_event on purpose: the relay holds the
-- event row "for update" while an in-process consumer records its consumption.
create table event_consumption (
    consumer        text        not null,
    event_id        uuid        not null,
    status          text        not null check (status in ('DONE', 'FAILED', 'PARKED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index event_consumption_due on event_consumption (next_attempt_at) where status = 'FAILED';
create index event_consumption_parked on event_consumption (consumer, event_id) where status = 'PARKED';

-- Consumer order_statistics: orders created / completed / cancelled and completed revenue per tenant and day
-- (the day of the event in the tenant's time zone).
create table order_statistics (
    tenant_id             uuid   not null references tenant (id),
    day                   date   not null,
    created_count         int    not null default 0,
    completed_count       int    not null default 0,
    cancelled_count       int    not null default 0,
    completed_revenue_fen bigint not null default 0,
    primary key (tenant_id, day)
);
