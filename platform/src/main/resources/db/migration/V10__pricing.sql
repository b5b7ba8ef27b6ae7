-- Pricing (DESIGN.md §5, issue 5 "Quotes"): per-tenant surcharge/discount rules, the holiday calendar,
-- customers' member levels and the points ledger. See pricing/PriceCalculator for how a quote is priced.

-- One row per tenant (absent = no surcharges, no discounts, points not accepted). The JSON is a validated
-- pricing.PricingRules; version counts the changes and is copied into each quote priced with it.
create table pricing_rules (
    tenant_id  uuid        not null references tenant (id),
    rules      jsonb       not null check (jsonb_typeof(rules) = 'object'),
    version    integer     not null check (version > 0),
    updated_at timestamptz not null,
    primary key (tenant_id)
);

-- The tenant's public holidays: a service starting on such a date (tenant's zone) carries the holiday surcharge.
create table tenant_holiday (
    tenant_id  uuid        not null references tenant (id),
    id         uuid        not null,
    on_date    date        not null,
    name       varchar(60) not null check (length(btrim(name)) > 0),
    updated_at timestamptz not null,
    primary key (tenant_id, id),
    constraint tenant_holiday_date_uq unique (tenant_id, on_date)
);

-- Set by marketing (membership levels) later; null = no level. Codes are the keys of the member-level discounts.
alter table customer add column member_level varchar(30);

-- Points: the balance is the sum of delta. Spending for an order and giving those points back happen at most
-- once per order (unique index); the per-customer lock in PointsAccounts keeps the balance from going negative.
-- order_id has no foreign key yet: orders are created by the order module in the same transaction.
create table points_ledger (
    tenant_id   uuid        not null,
    id          uuid        not null,
    customer_id uuid        not null,
    delta       bigint      not null check (delta <> 0),
    reason      varchar(30) not null check (reason ~ '^[A-Z][A-Z_]*$'),
    order_id    uuid,
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    constraint points_ledger_order_reason check (reason not in ('ORDER_SPEND', 'ORDER_RESTORE') or order_id is not null)
);
create index points_ledger_customer_idx on points_ledger (tenant_id, customer_id, created_at desc);
create unique index points_ledger_order_uq on points_ledger (tenant_id, order_id, reason)
    where reason in ('ORDER_SPEND', 'ORDER_RESTORE');

-- What a quote was priced with: the tenant's zone (for showing start/end; null = read the tenant's zone) and
-- the version of pricing_rules (0 = the defaults, no row). Both optional so that quotes written by other code
-- (tests of the order module) need not know them.
alter table quote add column time_zone varchar(40);
alter table quote add column rules_version integer not null default 0;
