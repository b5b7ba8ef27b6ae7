-- Orders (DESIGN.md §5): made from exactly one quote, with a snapshot of the address and the priced lines,
-- moved through the state machine by one service method that writes a timeline row for every change.
-- The address is copied (not referenced) so that later edits of the customer's address book do not change
-- where an order was served; phone, room, street detail and door codes stay encrypted as in customer_address.
-- A recurring series (later) adds series_id + occurrence here, each occurrence with its own quote.
create table service_order (
    tenant_id               uuid         not null references tenant (id),
    id                      uuid         not null,
    order_no                varchar(20)  not null,
    customer_id             uuid         not null,
    quote_id                uuid         not null,
    item_id                 uuid,
    package_id              uuid,
    quantity                integer      not null check (quantity > 0),
    duration_minutes        integer      not null check (duration_minutes > 0),
    start_at                timestamptz  not null,
    end_at                  timestamptz  not null,
    -- the worker serving it: chosen by the customer, assigned by staff, or null ("any worker", not dispatched)
    worker_id               uuid,
    customer_chose_worker   boolean      not null,
    city_code               varchar(12)  not null,
    contact_name            varchar(60)  not null,
    contact_phone_enc       text         not null,
    contact_phone_hash      varchar(64)  not null,
    contact_phone_last4     varchar(4)   not null,
    district                varchar(60)  not null,
    community               varchar(120),
    building                varchar(30),
    unit                    varchar(30),
    room_enc                text,
    detail_enc              text         not null,
    access_instructions_enc text,
    lat                     double precision not null check (lat between -90 and 90),
    lng                     double precision not null check (lng between -180 and 180),
    -- {"focusAreas":[...],"workerBringsSupplies":true,"productPreferences":"...","pets":"...","notes":"..."}
    requirements            jsonb        not null,
    quote_lines             jsonb        not null,
    total_fen               bigint       not null check (total_fen >= 0),
    deposit_fen             bigint       not null default 0,
    -- money received (gross) and given back; net paid = paid_fen - refunded_fen
    paid_fen                bigint       not null default 0 check (paid_fen >= 0),
    refunded_fen            bigint       not null default 0,
    payment_state           varchar(12)  not null check (payment_state in ('UNPAID', 'DEPOSIT_PAID', 'PAID')),
    cancellation_fee_fen    bigint       not null default 0 check (cancellation_fee_fen >= 0),
    status                  varchar(20)  not null check (status in ('PENDING_PAYMENT', 'PENDING_DISPATCH', 'ACCEPTED',
                                'DEPARTED', 'ARRIVED', 'IN_SERVICE', 'PAUSED', 'COMPLETED', 'CANCELLED')),
    payment_deadline        timestamptz,
    accepted_at             timestamptz,
    departed_at             timestamptz,
    arrived_at              timestamptz,
    started_at              timestamptz,
    completed_at            timestamptz,
    confirmed_at            timestamptz,
    cancelled_at            timestamptz,
    actual_minutes          integer      check (actual_minutes between 1 and 1440),
    work_notes              varchar(1000),
    photo_file_ids          uuid[]       not null default '{}',
    cancel_reason           varchar(300),
    idempotency_key         varchar(100),
    version                 integer      not null default 0,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    foreign key (tenant_id, quote_id) references quote (tenant_id, id),
    foreign key (tenant_id, item_id) references service_item (tenant_id, id),
    foreign key (tenant_id, package_id) references service_package (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id),
    constraint service_order_no_uq unique (tenant_id, order_no),
    constraint service_order_quote_uq unique (tenant_id, quote_id),
    constraint service_order_one_bookable check ((item_id is null) <> (package_id is null)),
    constraint service_order_time_order check (end_at > start_at),
    constraint service_order_deposit check (deposit_fen >= 0 and deposit_fen <= total_fen),
    constraint service_order_refunded check (refunded_fen >= 0 and refunded_fen <= paid_fen),
    constraint service_order_unpaid_deadline check (status <> 'PENDING_PAYMENT' or payment_deadline is not null)
);
create unique index service_order_idempotency_uq on service_order (tenant_id, customer_id, idempotency_key)
    where idempotency_key is not null;
-- staff list: keyset over (start_at, id), newest first, with the usual filters
create index service_order_start_idx on service_order (tenant_id, start_at desc, id desc);
create index service_order_status_idx on service_order (tenant_id, status, start_at desc, id desc);
create index service_order_worker_idx on service_order (tenant_id, worker_id, start_at desc, id desc)
    where worker_id is not null;
create index service_order_city_idx on service_order (tenant_id, city_code, start_at desc, id desc);
create index service_order_contact_phone_idx on service_order (tenant_id, contact_phone_hash);
-- "my orders": a customer's orders, newest first
create index service_order_customer_idx on service_order (tenant_id, customer_id, created_at desc, id desc);
-- the unpaid auto-close job scans every tenant
create index service_order_unpaid_idx on service_order (payment_deadline) where status = 'PENDING_PAYMENT';

-- Every change of an order: state transitions (from_status -> to_status) and in-place actions
-- (from_status = to_status: reschedule, worker change, payment, refund, confirmation).
create table order_timeline (
    tenant_id   uuid         not null,
    id          bigint       generated always as identity,
    order_id    uuid         not null,
    at          timestamptz  not null,
    actor_kind  varchar(10)  not null check (actor_kind in ('CUSTOMER', 'WORKER', 'STAFF', 'SYSTEM')),
    -- customer / worker id, or the staff member's token subject; null for SYSTEM
    actor_id    varchar(64),
    action      varchar(20)  not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    reason      varchar(300),
    details     jsonb,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id)
);
create index order_timeline_order_idx on order_timeline (tenant_id, order_id, id);

-- Bookings now belong to orders; an order holds at most one active booking.
alter table worker_booking add constraint worker_booking_order_fk
    foreign key (tenant_id, order_id) references service_order (tenant_id, id);
create unique index worker_booking_order_active_uq on worker_booking (tenant_id, order_id)
    where active and order_id is not null;
