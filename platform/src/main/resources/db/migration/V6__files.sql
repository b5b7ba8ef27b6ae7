-- Uploaded files (photos, certificates, service images): one row per file, the bytes live in the
-- configured FileStorage (filesystem or S3) under storage_key, which starts with the tenant id.
-- content_type is what the platform detected from the first bytes, never the client's header.

create table stored_file (
    tenant_id        uuid         not null references tenant (id),
    id               uuid         not null,
    purpose          varchar(20)  not null
        check (purpose in ('WORKER_PHOTO', 'CERTIFICATE', 'SERVICE_IMAGE', 'ORDER_PHOTO', 'AVATAR')),
    content_type     varchar(100) not null,
    size_bytes       bigint       not null check (size_bytes > 0),
    sha256           char(64)     not null,
    storage_key      varchar(512) not null,
    uploaded_by_kind varchar(10)  not null check (uploaded_by_kind in ('staff', 'worker', 'customer')),
    uploaded_by_id   uuid         not null,
    visibility       varchar(10)  not null check (visibility in ('PUBLIC', 'PRIVATE')),
    created_at       timestamptz  not null,
    primary key (tenant_id, id)
);
create unique index stored_file_storage_key_uq on stored_file (storage_key);
create index stored_file_uploader_idx on stored_file (tenant_id, uploaded_by_kind, uploaded_by_id);
