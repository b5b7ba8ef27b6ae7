-- Payments (DESIGN.md §8): one payment per order stage (FULL, or DEPOSIT then BALANCE), refunds with their own
-- idempotency keys and states, every provider notification kept for audit, and each tenant's WeChat Pay
-- merchant account.
--
-- payment.order_id and refund_request.order_id have no foreign key yet: service_order comes with the order
-- module (V11). The integrator adds (tenant_id, order_id) -> service_order (tenant_id, id) on both.

-- Status: CREATED (waiting for the customer) -> PAID -> PARTIALLY_REFUNDED -> REFUNDED (by successful refunds);
-- CREATED -> CLOSED (replaced before it was paid); CREATED -> AMOUNT_MISMATCH (the provider reported another
-- amount: not paid, the order untouched, left to finance).
create table payment (
    tenant_id               uuid        not null references tenant (id),
    id                      uuid        not null,
    order_id                uuid        not null,
    customer_id             uuid        not null,
    stage                   varchar(10) not null check (stage in ('FULL', 'DEPOSIT', 'BALANCE')),
    provider                varchar(10) not null check (provider in ('SANDBOX', 'WECHAT')),
    -- how the provider's notifications find the payment: random, globally unique, nothing secret in it
    out_trade_no            varchar(32) not null check (out_trade_no ~ '^[0-9A-Za-z_-]{6,32}$'),
    amount_fen              bigint      not null check (amount_fen > 0),
    status                  varchar(20) not null check (status in ('CREATED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED',
                                                                    'CLOSED', 'AMOUNT_MISMATCH')),
    provider_transaction_id varchar(64),
    -- what the provider said was paid (differs from amount_fen only for AMOUNT_MISMATCH)
    received_fen            bigint,
    -- the order refused the money (cancelled meanwhile): an automatic full refund was requested
    order_rejected          boolean     not null default false,
    refunded_fen            bigint      not null default 0,
    refund_pending_fen      bigint      not null default 0,
    prepay_id               varchar(128),
    prepay_expires_at       timestamptz,
    paid_at                 timestamptz,
    closed_at               timestamptz,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customer (tenant_id, id),
    constraint payment_refunds_within_amount check (refunded_fen >= 0 and refund_pending_fen >= 0
        and refunded_fen + refund_pending_fen <= amount_fen),
    constraint payment_money_has_transaction check (status in ('CREATED', 'CLOSED')
        or (provider_transaction_id is not null and received_fen is not null and paid_at is not null))
);
create unique index payment_out_trade_no_uq on payment (out_trade_no);
-- idempotency of notifications: one payment per provider transaction
create unique index payment_transaction_uq on payment (provider, provider_transaction_id)
    where provider_transaction_id is not null;
-- at most one open payment per order stage (a second "pay" reuses it)
create unique index payment_open_uq on payment (tenant_id, order_id, stage) where status = 'CREATED';
create index payment_order_idx on payment (tenant_id, order_id, created_at);

-- What someone asked to be refunded: staff (Idempotency-Key header), the order module on cancellation, or
-- payments itself when money arrives for an order that no longer takes it. Spread over the order's payments
-- as one refund row per payment.
create table refund_request (
    tenant_id       uuid         not null references tenant (id),
    id              uuid         not null,
    order_id        uuid         not null,
    amount_fen      bigint       not null check (amount_fen > 0),
    reason          varchar(200) not null,
    idempotency_key varchar(120) not null,
    initiated_by    varchar(10)  not null check (initiated_by in ('STAFF', 'ORDER', 'AUTOMATIC')),
    requested_by    varchar(100),
    -- false for automatic refunds of money the order never accepted: the order is not told about them
    notify_order    boolean      not null,
    created_at      timestamptz  not null,
    primary key (tenant_id, id)
);
create unique index refund_request_key_uq on refund_request (tenant_id, idempotency_key);
create index refund_request_order_idx on refund_request (tenant_id, order_id, created_at);

-- PENDING (not yet accepted by the provider; the refund worker sends it) -> PROCESSING (accepted, waiting for
-- the provider's result) -> SUCCEEDED | FAILED. A notification may also take PENDING straight to a result.
create table refund (
    tenant_id          uuid         not null references tenant (id),
    id                 uuid         not null,
    request_id         uuid         not null,
    order_id           uuid         not null,
    payment_id         uuid         not null,
    amount_fen         bigint       not null check (amount_fen > 0),
    status             varchar(12)  not null check (status in ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED')),
    out_refund_no      varchar(64)  not null check (out_refund_no ~ '^[0-9A-Za-z_-]{6,64}$'),
    provider_refund_id varchar(64),
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz  not null,
    last_error         varchar(300),
    succeeded_at       timestamptz,
    failed_at          timestamptz,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            integer      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, request_id) references refund_request (tenant_id, id),
    foreign key (tenant_id, payment_id) references payment (tenant_id, id)
);
create unique index refund_out_refund_no_uq on refund (out_refund_no);
create index refund_payment_idx on refund (tenant_id, payment_id);
create index refund_request_idx on refund (tenant_id, request_id);
-- the refund worker's queue (all tenants)
create index refund_due_idx on refund (next_attempt_at) where status = 'PENDING';

-- The database's own guard against refunding more than a payment holds, whatever code writes the row: the
-- payment row is locked, then the refunds that are not FAILED must fit in its amount.
create function refund_within_payment() returns trigger language plpgsql as $$
declare
    paid  bigint;
    taken bigint;
begin
    if new.status = 'FAILED' then
        return new;
    end if;
    select amount_fen into paid from payment where tenant_id = new.tenant_id and id = new.payment_id for update;
    select coalesce(sum(amount_fen), 0) into taken from refund
        where tenant_id = new.tenant_id and payment_id = new.payment_id and status <> 'FAILED' and id <> new.id;
    if taken + new.amount_fen > paid then
        raise exception 'refunds of payment % would exceed its amount', new.payment_id
            using errcode = 'check_violation', constraint = 'refund_within_payment';
    end if;
    return new;
end
$$;
create trigger refund_within_payment before insert or update of amount_fen, status on refund
    for each row execute function refund_within_payment();

-- Every notification a provider (or someone pretending to be one) sent, for audit and reconciliation. A
-- platform-level log: tenant_id is null when the notification could not be tied to a tenant (forged, unknown).
-- Holds what the notification said, never keys, signatures' secrets or the payer's identity.
create table payment_notification (
    id                      uuid        primary key,
    received_at             timestamptz not null,
    provider                varchar(10) not null,
    kind                    varchar(10) not null check (kind in ('PAYMENT', 'REFUND')),
    tenant_id               uuid references tenant (id),
    payment_id              uuid,
    refund_id               uuid,
    out_trade_no            varchar(64),
    out_refund_no           varchar(64),
    provider_transaction_id varchar(64),
    amount_fen              bigint,
    verified                boolean     not null,
    outcome                 varchar(30) not null,
    summary                 jsonb
);
create index payment_notification_payment_idx on payment_notification (tenant_id, payment_id, received_at);
create index payment_notification_refund_idx on payment_notification (tenant_id, refund_id, received_at);
create index payment_notification_received_idx on payment_notification (received_at);

-- A tenant's WeChat Pay merchant account (API v3): each tenant has its own mini program and merchant id.
-- Secrets (merchant private key, APIv3 key) encrypted with FieldCipher; the platform key is public.
create table wechat_pay_account (
    tenant_id                uuid        not null references tenant (id),
    id                       uuid        not null,
    mch_id                   varchar(32) not null,
    app_id                   varchar(64) not null,
    merchant_serial_no       varchar(64) not null,
    merchant_private_key_enc text        not null,
    api_v3_key_enc           text        not null,
    platform_serial_no       varchar(64) not null,
    platform_key_kind        varchar(12) not null check (platform_key_kind in ('CERTIFICATE', 'PUBLIC_KEY')),
    platform_key_pem         text        not null,
    platform_cert_expires_at timestamptz,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  integer     not null default 0,
    primary key (tenant_id, id)
);
create unique index wechat_pay_account_tenant_uq on wechat_pay_account (tenant_id);
-- notifications name the platform key (Wechatpay-Serial) before anything says which tenant they are for
create index wechat_pay_account_platform_serial_idx on wechat_pay_account (platform_serial_no);
