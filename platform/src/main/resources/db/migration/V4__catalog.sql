-- Service catalog (DESIGN.md §4, issue 4): category tree, service items, packages with their
-- included items, and city-operator overrides of an item's price and availability.
-- Translatable texts live in one jsonb column per table keyed by locale (zh-CN, en, ja, ko), e.g.
-- {"zh-CN": {"name": "日常保洁"}, "en": {"name": "Daily cleaning", "description": "..."}}.
-- Same rules as every tenant table: tenant_id, keys including tenant_id, composite foreign keys.

create table category (
    tenant_id  uuid        not null references tenant (id),
    id         uuid        not null,
    parent_id  uuid,
    code       varchar(60) not null check (code ~ '^[a-z0-9][a-z0-9_-]*$'),
    sort_order integer     not null default 0,
    enabled    boolean     not null default true,
    texts      jsonb       not null check (jsonb_typeof(texts) = 'object'),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    integer     not null default 0,
    primary key (tenant_id, id),
    constraint category_code_uq unique (tenant_id, code),
    constraint category_parent_fk foreign key (tenant_id, parent_id) references category (tenant_id, id),
    constraint category_not_own_parent check (parent_id is null or parent_id <> id)
);
create index category_parent_idx on category (tenant_id, parent_id, sort_order);

create table service_item (
    tenant_id                uuid         not null references tenant (id),
    id                       uuid         not null,
    category_id              uuid         not null,
    unit                     varchar(20)  not null check (unit in ('PER_HOUR', 'PER_VISIT', 'PER_SQUARE_METRE', 'PER_PIECE')),
    base_price_fen           bigint       not null check (base_price_fen >= 0),
    default_duration_minutes integer      not null check (default_duration_minutes > 0),
    min_quantity             integer      not null default 1 check (min_quantity >= 1),
    max_quantity             integer,
    tags                     text[]       not null default '{}',
    image_file_ids           uuid[]       not null default '{}',
    texts                    jsonb        not null check (jsonb_typeof(texts) = 'object'),
    -- lower-case names in every locale plus tags, maintained by the service, for keyword search
    search_text              text         not null default '',
    enabled                  boolean      not null default true,
    popularity               bigint       not null default 0 check (popularity >= 0),
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  integer      not null default 0,
    primary key (tenant_id, id),
    constraint service_item_category_fk foreign key (tenant_id, category_id) references category (tenant_id, id),
    constraint service_item_quantity_range check (max_quantity is null or max_quantity >= min_quantity)
);
create index service_item_category_idx on service_item (tenant_id, category_id);
create index service_item_popularity_idx on service_item (tenant_id, popularity desc);

create table service_package (
    tenant_id        uuid        not null references tenant (id),
    id               uuid        not null,
    code             varchar(60) not null check (code ~ '^[a-z0-9][a-z0-9_-]*$'),
    duration_minutes integer     not null check (duration_minutes > 0),
    price_fen        bigint      not null check (price_fen >= 0),
    valid_from       date,
    valid_until      date,
    texts            jsonb       not null check (jsonb_typeof(texts) = 'object'),
    enabled          boolean     not null default true,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer     not null default 0,
    primary key (tenant_id, id),
    constraint service_package_code_uq unique (tenant_id, code),
    constraint service_package_validity check (valid_from is null or valid_until is null or valid_from <= valid_until)
);

-- Items a package includes. An included item cannot be deleted (restrict); a package's rows go with it.
create table service_package_item (
    tenant_id  uuid    not null references tenant (id),
    package_id uuid    not null,
    item_id    uuid    not null,
    quantity   integer not null check (quantity > 0),
    primary key (tenant_id, package_id, item_id),
    constraint service_package_item_package_fk foreign key (tenant_id, package_id)
        references service_package (tenant_id, id) on delete cascade,
    constraint service_package_item_item_fk foreign key (tenant_id, item_id) references service_item (tenant_id, id)
);
create index service_package_item_item_idx on service_package_item (tenant_id, item_id);

-- A city operator's price and availability of one of its items in its city. price_fen null = base price.
create table city_item_override (
    tenant_id  uuid        not null references tenant (id),
    id         uuid        not null,
    item_id    uuid        not null,
    city_code  varchar(12) not null,
    price_fen  bigint check (price_fen is null or price_fen >= 0),
    available  boolean     not null,
    updated_at timestamptz not null,
    version    integer     not null default 0,
    primary key (tenant_id, id),
    constraint city_item_override_uq unique (tenant_id, item_id, city_code),
    constraint city_item_override_item_fk foreign key (tenant_id, item_id)
        references service_item (tenant_id, id) on delete cascade
);
