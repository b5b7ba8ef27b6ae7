-- A customer's favourite workers and service items. One row per favourite; the target is either a
-- worker or a service item of the same tenant (composite foreign keys), never both.
create table customer_favourite (
    tenant_id       uuid        not null,
    id              uuid        not null,
    customer_id     uuid        not null,
    worker_id       uuid,
    service_item_id uuid,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id) on delete cascade,
    foreign key (tenant_id, worker_id) references worker (tenant_id, id) on delete cascade,
    foreign key (tenant_id, service_item_id) references service_item (tenant_id, id) on delete cascade,
    constraint customer_favourite_one_target check ((worker_id is null) <> (service_item_id is null))
);
create unique index customer_favourite_worker_uq on customer_favourite (tenant_id, customer_id, worker_id) where worker_id is not null;
create unique index customer_favourite_item_uq on customer_favourite (tenant_id, customer_id, service_item_id) where service_item_id is not null;

-- Skills point at real service items of the same tenant (the workforce and catalog features were
-- built side by side; this joins them).
alter table worker_skill
    add constraint worker_skill_service_item_fk foreign key (tenant_id, service_item_id) references service_item (tenant_id, id);
