-- Who decided on a self-registration and when (the reason is in review_note); national pending/active counts by status.
alter table enterprise add column reviewed_at timestamp with time zone;
alter table enterprise add column reviewed_by bigint;
create index enterprise_status_idx on enterprise (status);
