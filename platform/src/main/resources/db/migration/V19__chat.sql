-- Chat: one ORDER conversation per order (its customer and its currently assigned worker) and one SUPPORT
-- conversation per customer (the customer and the tenant's customer service). Messages are numbered per
-- conversation without gaps (seq assigned under a row lock of the conversation); read marks give unread counts.

create table conversation (
    tenant_id        uuid         not null references tenant (id),
    id               uuid         not null,
    kind             varchar(10)  not null check (kind in ('ORDER', 'SUPPORT')),
    order_id         uuid,
    customer_id      uuid         not null,
    -- ORDER: the worker assigned when last seen (kept up to date from order events; access is always checked
    -- against the order itself). SUPPORT: null.
    worker_id        uuid,
    last_message_seq bigint       not null default 0 check (last_message_seq >= 0),
    last_message_at  timestamptz,
    -- sort key of the lists: the last message's time, or the creation time before the first message
    activity_at      timestamptz  not null,
    created_at       timestamptz  not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references service_order (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    foreign key (tenant_id, worker_id) references worker (tenant_id, id),
    constraint conversation_kind_order check ((kind = 'ORDER') = (order_id is not null)),
    constraint conversation_support_no_worker check (kind = 'ORDER' or worker_id is null)
);
create unique index conversation_order_uq on conversation (tenant_id, order_id) where kind = 'ORDER';
create unique index conversation_support_uq on conversation (tenant_id, customer_id) where kind = 'SUPPORT';
create index conversation_customer_idx on conversation (tenant_id, customer_id, activity_at desc, id desc);
create index conversation_worker_idx on conversation (tenant_id, worker_id, activity_at desc, id desc)
    where worker_id is not null;
create index conversation_support_inbox_idx on conversation (tenant_id, activity_at desc, id desc)
    where kind = 'SUPPORT';

create table chat_message (
    tenant_id         uuid          not null,
    conversation_id   uuid          not null,
    seq               bigint        not null check (seq > 0),
    id                uuid          not null,
    sender_kind       varchar(10)   not null check (sender_kind in ('CUSTOMER', 'WORKER', 'STAFF', 'SYSTEM')),
    -- the customer's or worker's id, the staff member's token subject; null for SYSTEM
    sender_id         uuid,
    type              varchar(10)   not null check (type in ('TEXT', 'IMAGE')),
    -- TEXT: trimmed, 1..1000 characters, phone numbers already masked
    text              varchar(1000),
    file_id           uuid,
    sent_at           timestamptz   not null,
    client_message_id varchar(64),
    primary key (tenant_id, conversation_id, seq),
    foreign key (tenant_id, conversation_id) references conversation (tenant_id, id),
    foreign key (tenant_id, file_id) references stored_file (tenant_id, id),
    constraint chat_message_id_uq unique (tenant_id, id),
    constraint chat_message_body check ((type = 'TEXT' and text is not null and file_id is null)
        or (type = 'IMAGE' and file_id is not null and text is null)),
    constraint chat_message_sender check ((sender_kind = 'SYSTEM') = (sender_id is null))
);
-- idempotent resend: one message per (conversation, sender, client message id)
create unique index chat_message_client_uq on chat_message (tenant_id, conversation_id, sender_kind, sender_id, client_message_id)
    where client_message_id is not null;
-- who may see an image: the conversations that carry it
create index chat_message_file_idx on chat_message (tenant_id, file_id) where file_id is not null;

-- How far a participant has read. Staff share one mark per conversation (participant_id = the nil UUID):
-- a support inbox is the team's, not one agent's.
create table conversation_read (
    tenant_id        uuid        not null,
    conversation_id  uuid        not null,
    participant_kind varchar(10) not null check (participant_kind in ('CUSTOMER', 'WORKER', 'STAFF')),
    participant_id   uuid        not null,
    last_read_seq    bigint      not null check (last_read_seq >= 0),
    updated_at       timestamptz not null,
    primary key (tenant_id, conversation_id, participant_kind, participant_id),
    foreign key (tenant_id, conversation_id) references conversation (tenant_id, id)
);

-- chat images are uploaded files like order photos
alter table stored_file drop constraint stored_file_purpose_check;
alter table stored_file add constraint stored_file_purpose_check
    check (purpose in ('WORKER_PHOTO', 'CERTIFICATE', 'SERVICE_IMAGE', 'ORDER_PHOTO', 'AVATAR', 'CHAT_IMAGE'));
