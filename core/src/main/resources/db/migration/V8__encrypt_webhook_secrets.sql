-- Webhook signing secrets are encrypted by the application (AES-256-GCM, key from FACTDESK_WEBHOOK_SECRET_KEY), so
-- that a read of the database alone (a backup, a replica, an SQL injection) does not reveal them. The key never
-- reaches the database, so existing secrets cannot be encrypted here: their column is kept as legacy_secret and
-- each application start encrypts the rows it finds there into sealed_secret and clears them.
alter table webhook rename column secret to legacy_secret;
alter table webhook alter column legacy_secret drop not null;
alter table webhook add column sealed_secret varchar(200);
alter table webhook add constraint webhook_secret_present check (sealed_secret is not null or legacy_secret is not null);

-- Delivery errors used to name the exception (connection refused, timed out, ...), which told an admin how an
-- internal address answered. Errors are now broad; older detailed ones are replaced by the broad equivalent.
update webhook_delivery set last_error = 'failed: could not connect'
where last_error is not null and last_error not like 'refused: %' and last_error not like 'failed: %';
