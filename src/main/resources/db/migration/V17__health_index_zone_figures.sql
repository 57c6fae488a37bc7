-- Zone health figures (gxq.health.zone): covering indexes so that counting a zone's active employees, their colours
-- and today's declarations reads indexes only (checked with EXPLAIN on PostgreSQL 15, see docs/health-zone.md).
create index employee_zone_status_idx on employee (zone_id, status, enterprise_id, id);
create index health_status_zone_employee_idx on health_status (zone_id, employee_id, colour);
create index health_declaration_zone_day_employee_idx on health_declaration (zone_id, declared_on, employee_id);
-- Alert lists, newest first: all alerts of a zone (health_alert_zone_idx serves the open ones) and of an enterprise.
create index health_alert_zone_raised_idx on health_alert (zone_id, raised_at);
create index health_alert_enterprise_raised_idx on health_alert (enterprise_id, raised_at);
