-- First day an employee has to declare (see docs/health.md): the later of the day after they joined the roster and the
-- day health monitoring first saw them. Set when the status row is created.
alter table health_status add column due_from date;

-- The daily recompute looks for colours that may improve today and overrides that ended yesterday.
create index health_status_until_idx on health_status (until_date);
create index health_status_override_until_idx on health_status (override_until);
create index health_status_watch_idx on health_status (enterprise_id, watch_until);
create index health_status_zone_watch_idx on health_status (zone_id, watch_until);

-- At most one reminder per person and day.
alter table health_reminder add constraint health_reminder_day_uk unique (employee_id, reminded_on);

create index health_alert_employee_idx on health_alert (employee_id, raised_at);
