-- Customers for tenant staff (customer/staff, tenant-admin /customers): staff notes and tags per customer, the
-- tenant's own audit log (who changed notes, who revealed a customer's phone number, and when), and the indexes of
-- the staff customer list (keyset pages newest first, by last four digits, by member level) and of the detail's
-- open-complaints count.

-- What staff wrote about a customer; the customer never sees it. One row per customer, created by the first save.
-- version is the optimistic lock the notes form sends back (0 = no row yet).
create table customer_staff_note (
    tenant_id   uuid          not null,
    customer_id uuid          not null,
    note        varchar(1000),
    tags        text[]        not null default '{}',
    version     integer       not null default 0,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null,
    primary key (tenant_id, customer_id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    constraint customer_staff_note_tags check (cardinality(tags) <= 10)
);

-- Staff actions on a tenant's records that must be traceable (platform_audit holds the super-admins' actions).
-- Written in the transaction of the action; never updated.
create table tenant_audit (
    tenant_id   uuid         not null references tenant (id),
    id          bigserial    not null,
    at          timestamptz  not null,
    actor_sub   varchar(100) not null,
    actor_name  varchar(200),
    action      varchar(60)  not null,
    target_type varchar(40)  not null,
    target_id   varchar(100) not null,
    before      jsonb,
    after       jsonb,
    primary key (tenant_id, id)
);
create index tenant_audit_target_idx on tenant_audit (tenant_id, target_type, target_id, at desc);

-- The staff list: newest registrations first, keyset on (created_at, id); the "last four digits" search and the
-- member-level filter walk their own index in the same order instead of filtering the whole tenant. EXPLAIN ANALYZE
-- with 5,000 customers in the tenant (10,000 in the table): first page 0.05 ms (index scan) instead of 2.3 ms (seq
-- scan + sort), last four 0.04 ms instead of 8.6 ms, member level 0.07 ms instead of 2.2 ms. A nickname part stays a
-- filter (10 ms over 10,000 rows); a trigram index (pg_trgm) is the next step if tenants grow far beyond that.
create index customer_created_idx on customer (tenant_id, created_at desc, id desc);
create index customer_last4_idx on customer (tenant_id, phone_last4, created_at desc, id desc)
    where phone_last4 is not null;
create index customer_member_level_idx on customer (tenant_id, member_level, created_at desc, id desc)
    where member_level is not null;

-- A customer's complaints still open (the detail page's count): 0.06 ms instead of a 1.3 ms seq scan of 6,000.
create index order_complaint_customer_open_idx on order_complaint (tenant_id, customer_id) where state <> 'CLOSED';
