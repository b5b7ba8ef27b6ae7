-- Dispatch (DESIGN.md §6): grab offers, who was offered an order, who grabbed it, and each order's dispatch state.

-- One round of offering an order to eligible workers. At most one OPEN round per order; the closer moves it to
-- AWARDED (winner_id) or EXPIRED; an order cancelled, rescheduled or assigned by staff meanwhile makes it CANCELLED.
-- summary: what workers are shown (district, community, times, item names, money; never the full address).
create table dispatch_offer (
    tenant_id  uuid        not null references tenant (id),
    id         uuid        not null,
    order_id   uuid        not null,
    round      integer     not null check (round >= 1),
    fallback   boolean     not null,
    radius_km  integer     not null check (radius_km > 0),
    opened_at  timestamptz not null,
    closes_at  timestamptz not null,
    state      varchar(10) not null check (state in ('OPEN', 'AWARDED', 'EXPIRED', 'CANCELLED')),
    winner_id  uuid,
    closed_at  timestamptz,
    recipients integer     not null default 0,
    summary    jsonb       not null,
    version    integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id),
    foreign key (tenant_id, winner_id) references worker (tenant_id, id),
    check (closes_at > opened_at),
    check ((state = 'AWARDED') = (winner_id is not null))
);
create unique index dispatch_offer_round_uq on dispatch_offer (tenant_id, order_id, round);
create unique index dispatch_offer_one_open_uq on dispatch_offer (tenant_id, order_id) where state = 'OPEN';
create index dispatch_offer_due_idx on dispatch_offer (closes_at) where state = 'OPEN';
create index dispatch_offer_board_idx on dispatch_offer (tenant_id, state, opened_at desc, id desc);

create table dispatch_offer_recipient (
    tenant_id       uuid    not null,
    offer_id        uuid    not null,
    worker_id       uuid    not null,
    distance_meters integer not null,
    score_milli     bigint  not null,
    primary key (tenant_id, offer_id, worker_id),
    foreign key (tenant_id, offer_id) references dispatch_offer (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id)
);
create index dispatch_offer_recipient_worker_idx on dispatch_offer_recipient (tenant_id, worker_id);

-- A worker's grab of an offer they received; repeating it changes nothing.
create table dispatch_grab (
    tenant_id  uuid        not null,
    offer_id   uuid        not null,
    worker_id  uuid        not null,
    grabbed_at timestamptz not null,
    primary key (tenant_id, offer_id, worker_id),
    foreign key (tenant_id, offer_id, worker_id) references dispatch_offer_recipient (tenant_id, offer_id, worker_id)
);

-- Where dispatch stands for an order: OFFERED (a grab round is open), ASSIGNED (a worker has it), MANUAL_NEEDED (the
-- dispatchers must assign: MANUAL mode, or nobody found / nobody grabbed), CANCELLED (the order went away).
create table dispatch_order (
    tenant_id  uuid        not null,
    order_id   uuid        not null,
    state      varchar(14) not null check (state in ('OFFERED', 'ASSIGNED', 'MANUAL_NEEDED', 'CANCELLED')),
    reason     varchar(40),
    updated_at timestamptz not null,
    primary key (tenant_id, order_id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id)
);
create index dispatch_order_state_idx on dispatch_order (tenant_id, state, updated_at desc);

-- Completion rate: a worker's declines, counted by the candidate search.
create index order_timeline_decline_idx on order_timeline (tenant_id, actor_id) where action = 'DECLINE';
