-- Notifications (DESIGN.md §7): per-tenant template overrides, the in-app inbox, outgoing SMS / WeChat deliveries,
-- review reminders and per-user opt-outs. Recipients are a customer or a worker (recipient_kind + recipient_id): one
-- column pair for both kinds, so there is no foreign key on the recipient (the rows are written by the consumer from
-- ids the order already references).

-- A tenant's own text for one (event, channel, locale); without a row the built-in default applies.
create table notification_template (
    tenant_id  uuid         not null references tenant (id),
    id         uuid         not null,
    event      varchar(20)  not null,
    channel    varchar(10)  not null check (channel in ('IN_APP', 'SMS', 'WECHAT')),
    locale     varchar(10)  not null,
    -- IN_APP {"title","body"}; SMS {"templateCode","params":{name: text}}; WECHAT {"templateId","page","params":{key: text}}
    content    jsonb        not null check (jsonb_typeof(content) = 'object'),
    updated_by varchar(100) not null,
    updated_at timestamptz  not null,
    primary key (tenant_id, id),
    constraint notification_template_uq unique (tenant_id, event, channel, locale)
);

-- The in-app inbox. dedup_key (event + order or refund) makes the same fact notify a recipient once.
create table notification (
    tenant_id      uuid         not null references tenant (id),
    id             uuid         not null,
    recipient_kind varchar(8)   not null check (recipient_kind in ('CUSTOMER', 'WORKER')),
    recipient_id   uuid         not null,
    event          varchar(20)  not null,
    dedup_key      varchar(100) not null,
    title          varchar(200) not null,
    body           varchar(1000) not null,
    order_id       uuid,
    created_at     timestamptz  not null,
    read_at        timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id)
);
create unique index notification_dedup_uq on notification (tenant_id, recipient_kind, recipient_id, dedup_key);
-- the inbox: keyset over (created_at, id), newest first; unread count
create index notification_inbox_idx on notification (tenant_id, recipient_kind, recipient_id, created_at desc, id desc);
create index notification_unread_idx on notification (tenant_id, recipient_kind, recipient_id) where read_at is null;

-- One outgoing SMS or WeChat message, written with the event's consumption and sent after commit by the sender job.
create table notification_delivery (
    tenant_id      uuid         not null references tenant (id),
    id             uuid         not null,
    channel        varchar(10)  not null check (channel in ('SMS', 'WECHAT')),
    recipient_kind varchar(8)   not null check (recipient_kind in ('CUSTOMER', 'WORKER')),
    recipient_id   uuid         not null,
    event          varchar(20)  not null,
    dedup_key      varchar(100) not null,
    order_id       uuid,
    -- SMS {"templateCode","params"}; WECHAT {"templateId","page","lang","data":{key:{"value"}}} — no phone, no openid:
    -- the address is looked up when sending (the phone stays encrypted at rest in its own table)
    content        jsonb        not null,
    state          varchar(8)   not null check (state in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    not_before     timestamptz  not null,
    attempts       integer      not null default 0,
    last_error     varchar(500),
    provider_id    varchar(100),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id)
);
create unique index notification_delivery_dedup_uq
    on notification_delivery (tenant_id, channel, recipient_kind, recipient_id, dedup_key);
-- the sender's pick, across tenants
create index notification_delivery_due_idx on notification_delivery (not_before) where state = 'PENDING';

-- Review reminders: one row per completed order, due some hours after completion; the job sends it unless the
-- customer confirmed the order meanwhile.
create table notification_reminder (
    tenant_id   uuid        not null references tenant (id),
    order_id    uuid        not null,
    due_at      timestamptz not null,
    done_at     timestamptz,
    primary key (tenant_id, order_id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id)
);
create index notification_reminder_due_idx on notification_reminder (due_at) where done_at is null;

-- Opt-outs: a row says the recipient does (enabled) or does not want an event on a channel; no row = wanted.
create table notification_preference (
    tenant_id      uuid        not null references tenant (id),
    recipient_kind varchar(8)  not null check (recipient_kind in ('CUSTOMER', 'WORKER')),
    recipient_id   uuid        not null,
    event          varchar(20) not null,
    channel        varchar(10) not null check (channel in ('IN_APP', 'SMS', 'WECHAT')),
    enabled        boolean     not null,
    updated_at     timestamptz not null,
    primary key (tenant_id, recipient_kind, recipient_id, event, channel)
);
