-- Booking: a worker's reserved intervals. The exclusion constraint makes double booking impossible
-- (DESIGN.md §5); SQLSTATE 23P01 becomes HTTP 409. Touching intervals [a,b) and [b,c) are allowed;
-- inactive (cancelled) bookings block nothing. order_id is nullable until orders exist.
create table worker_booking (
    tenant_id  uuid        not null references tenant (id),
    id         uuid        not null,
    worker_id  uuid        not null,
    during     tstzrange   not null,
    order_id   uuid,
    active     boolean     not null default true,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id),
    check (not isempty(during) and lower(during) is not null and upper(during) is not null),
    constraint worker_booking_no_overlap exclude using gist (
        tenant_id with =, worker_id with =, during with &&) where (active)
);
create index worker_booking_worker_idx on worker_booking (tenant_id, worker_id) where active;
