-- Recurring bookings (DESIGN.md §5): a series repeats one booking weekly, every two weeks or monthly, for a
-- number of occurrences or until a date. Each occurrence is an ordinary order (service_order.series_id and
-- occurrence, 1-based), priced and paid on its own; skipping one cancels that order, cancelling the series
-- cancels the occurrences that have not started.
create table order_series (
    tenant_id        uuid         not null references tenant (id),
    id               uuid         not null,
    customer_id      uuid         not null,
    frequency        varchar(10)  not null check (frequency in ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    first_start      timestamptz  not null,
    time_zone        varchar(64)  not null,
    occurrence_count integer check (occurrence_count between 1 and 52),
    until_date       date,
    item_id          uuid,
    package_id       uuid,
    quantity         integer      not null check (quantity > 0),
    worker_id        uuid,
    address_id       uuid         not null,
    status           varchar(12)  not null default 'ACTIVE' check (status in ('ACTIVE', 'CANCELLED')),
    cancel_reason    varchar(300),
    cancelled_at     timestamptz,
    created_at       timestamptz  not null,
    version          integer      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    foreign key (tenant_id, item_id) references service_item (tenant_id, id),
    foreign key (tenant_id, package_id) references service_package (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id),
    foreign key (tenant_id, address_id) references customer_address (tenant_id, id),
    constraint order_series_one_bookable check ((item_id is null) <> (package_id is null)),
    constraint order_series_one_end check ((occurrence_count is null) <> (until_date is null))
);
create index order_series_customer_idx on order_series (tenant_id, customer_id, created_at desc);

alter table service_order
    add column series_id  uuid,
    add column occurrence integer check (occurrence >= 1),
    add constraint service_order_series_fk foreign key (tenant_id, series_id) references order_series (tenant_id, id),
    add constraint service_order_series_both check ((series_id is null) = (occurrence is null));
create unique index service_order_series_uq on service_order (tenant_id, series_id, occurrence) where series_id is not null;
