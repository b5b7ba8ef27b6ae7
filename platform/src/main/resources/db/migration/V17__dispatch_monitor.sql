-- Exception monitor and complaints (DESIGN.md §6): alerts for the dispatch board and customers' complaints.

-- One alert = one order found in trouble of one kind. The monitor (scheduled, possibly on several replicas at
-- once) inserts with "on conflict do nothing" against dispatch_alert_unresolved_uq, so an order has at most one
-- unresolved alert per kind however many scans run. episode_at is the moment the watched condition began (the
-- order became dispatchable, its start, its service start, the complaint): an alert a dispatcher resolved by
-- hand is not raised again for the same episode, only for a new one (re-dispatched, rescheduled, ...).
create table dispatch_alert (
    tenant_id              uuid         not null references tenant (id),
    id                     uuid         not null,
    order_id               uuid         not null,
    kind                   varchar(16)  not null check (kind in ('UNACCEPTED', 'NOT_DEPARTED', 'LATE_ARRIVAL',
                               'OVERRUN', 'COMPLAINT')),
    state                  varchar(16)  not null check (state in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    episode_at             timestamptz  not null,
    raised_at              timestamptz  not null,
    -- what the monitor saw: order number, start, worker, threshold, ... (shown on the board)
    details                jsonb        not null,
    acknowledged_by        varchar(64),
    acknowledged_at        timestamptz,
    resolved_by            varchar(64),
    resolved_at            timestamptz,
    resolution_note        varchar(500),
    resolved_automatically boolean      not null default false,
    version                integer      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id),
    constraint dispatch_alert_acknowledged check ((acknowledged_at is null) = (acknowledged_by is null)),
    constraint dispatch_alert_resolved check ((state = 'RESOLVED') = (resolved_at is not null))
);
create unique index dispatch_alert_unresolved_uq on dispatch_alert (tenant_id, order_id, kind)
    where state <> 'RESOLVED';
-- the board: newest first, optionally by state (and kind, filtered on the rows of a state)
create index dispatch_alert_board_idx on dispatch_alert (tenant_id, raised_at desc, id desc);
create index dispatch_alert_state_idx on dispatch_alert (tenant_id, state, raised_at desc, id desc);
-- the order's alerts (auto-resolution, episodes)
create index dispatch_alert_order_idx on dispatch_alert (tenant_id, order_id, kind);

-- The monitor's scans across tenants: orders in the watched states, by start.
create index service_order_monitor_idx on service_order (status, start_at)
    where status in ('PENDING_DISPATCH', 'ACCEPTED', 'DEPARTED', 'IN_SERVICE', 'PAUSED');

-- A customer's complaint about one of their orders (from arrival until some days after completion).
create table order_complaint (
    tenant_id      uuid          not null references tenant (id),
    id             uuid          not null,
    order_id       uuid          not null,
    customer_id    uuid          not null,
    category       varchar(20)   not null check (category in ('LATE', 'NO_SHOW', 'QUALITY', 'DAMAGE', 'BEHAVIOUR',
                       'BILLING', 'OTHER')),
    text           varchar(1000) not null check (char_length(text) between 5 and 1000),
    -- ORDER_PHOTO files the customer uploaded
    photo_file_ids uuid[]        not null default '{}',
    state          varchar(10)   not null check (state in ('OPEN', 'HANDLING', 'CLOSED')),
    created_at     timestamptz   not null,
    handled_by     varchar(64),
    handled_at     timestamptz,
    resolution     varchar(1000),
    closed_by      varchar(64),
    closed_at      timestamptz,
    version        integer       not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    constraint order_complaint_closed check ((state = 'CLOSED') = (closed_at is not null and resolution is not null))
);
create index order_complaint_order_idx on order_complaint (tenant_id, order_id, created_at desc, id desc);
create index order_complaint_list_idx on order_complaint (tenant_id, created_at desc, id desc);
create index order_complaint_state_idx on order_complaint (tenant_id, state, created_at desc, id desc);
