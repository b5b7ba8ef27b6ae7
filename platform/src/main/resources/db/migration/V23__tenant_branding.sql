-- Branding a tenant edits itself (PUT /api/tenant/settings/branding): an uploaded logo and a customer-service phone
-- that the public tenant view shows to the mini program.

-- Logos are uploaded files (public images, uploaded by staff).
alter table stored_file drop constraint stored_file_purpose_check;
alter table stored_file add constraint stored_file_purpose_check
    check (purpose in ('WORKER_PHOTO', 'CERTIFICATE', 'SERVICE_IMAGE', 'ORDER_PHOTO', 'AVATAR', 'CHAT_IMAGE',
                       'TENANT_LOGO'));

-- The tenant's TENANT_LOGO file (stored_file of the same tenant). No foreign key: tenant is a platform table
-- (a Citus reference table later) and cannot reference a tenant-distributed table; the platform checks the file
-- when it is set (same tenant, purpose TENANT_LOGO) and refuses to delete a file that is still the logo.
alter table tenant add column logo_file_id uuid;

-- The phone customers call from the mini program ("contact us"): a company line, public on purpose.
alter table tenant add column service_phone varchar(20);
