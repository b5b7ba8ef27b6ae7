-- Price quotes (DESIGN.md §5): what a customer was offered for one booking, line by line, valid until
-- expires_at. An order is created from exactly one quote (order_id set once, under a row lock).
create table quote (
    tenant_id        uuid        not null,
    id               uuid        not null,
    customer_id      uuid        not null,
    item_id          uuid,
    package_id       uuid,
    quantity         integer     not null check (quantity > 0),
    duration_minutes integer     not null check (duration_minutes > 0),
    start_at         timestamptz not null,
    end_at           timestamptz not null,
    worker_id        uuid,
    address_id       uuid        not null,
    city_code        varchar(12) not null,
    coupon_code      varchar(40),
    points_used      bigint      not null default 0 check (points_used >= 0),
    -- [{"kind":"BASE","code":"...","quantity":2,"unitFen":5000,"amountFen":10000}, ...]; see QuoteLine
    lines            jsonb       not null,
    subtotal_fen     bigint      not null check (subtotal_fen >= 0),
    discount_fen     bigint      not null check (discount_fen >= 0),
    total_fen        bigint      not null check (total_fen >= 0),
    expires_at       timestamptz not null,
    order_id         uuid,
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    foreign key (tenant_id, item_id) references service_item (tenant_id, id),
    foreign key (tenant_id, package_id) references service_package (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id),
    foreign key (tenant_id, address_id) references customer_address (tenant_id, id),
    constraint quote_one_bookable check ((item_id is null) <> (package_id is null)),
    constraint quote_time_order check (end_at > start_at),
    constraint quote_total check (total_fen = subtotal_fen - discount_fen)
);
create unique index quote_order_uq on quote (tenant_id, order_id) where order_id is not null;
create index quote_customer_idx on quote (tenant_id, customer_id, created_at desc);
