-- Indicators of resumption (复工率, 复岗率, 产能恢复率), kept up to date by listeners of DailyReportSaved and
-- FilingStatusChanged in the same transaction as the change. See docs/resumption-indicators.md.

-- One row per enterprise that has filed or reported: its latest filing, when it counts as resumed, its normal output.
create table resumption_ind_enterprise (
    enterprise_id bigint primary key references enterprise (id),
    zone_id       bigint not null references zone (id),
    filing_id     bigint,                     -- the filing of the latest state change; null: never filed
    filing_state  varchar(12),                -- DRAFT, SUBMITTED, RETURNED, APPROVED, REJECTED; null: never filed
    resume_on     date,                       -- planned date on that filing
    resumed_from  date,                       -- first approval: max(resumeOn, day of approval); null: not resumed
    normal_output numeric(14, 2),             -- 万元 per month, the latest one stated on a filing
    updated_at    timestamp with time zone not null
);
create index resumption_ind_enterprise_zone_idx on resumption_ind_enterprise (zone_id, resumed_from);

-- How many enterprises of a zone count as resumed from each day (复工率's numerator is the running sum).
create table resumption_ind_zone_resumed (
    zone_id     bigint  not null references zone (id),
    resumed_day date    not null,
    enterprises integer not null,
    primary key (zone_id, resumed_day)
);

-- Sums of the daily reports of a zone and day; corrections apply the difference to the previous figures.
create table resumption_ind_zone_day (
    zone_id           bigint  not null references zone (id),
    report_date       date    not null,
    reported          integer not null,
    total_staff       bigint  not null,
    on_duty           bigint  not null,
    remote            bigint  not null,
    quarantine        bigint  not null,
    not_returned      bigint  not null,
    weighed           integer not null,          -- reports of enterprises with a normal output on record
    weight            numeric(20, 2) not null,   -- sum of their normal output
    weighted_capacity numeric(24, 2) not null,   -- sum of capacity_pct x normal output
    primary key (zone_id, report_date)
);
create index resumption_ind_zone_day_date_idx on resumption_ind_zone_day (report_date);

-- Reports saved before this migration (no filing has a normal output yet, so none is weighed).
insert into resumption_ind_zone_day (zone_id, report_date, reported, total_staff, on_duty, remote, quarantine,
    not_returned, weighed, weight, weighted_capacity)
select zone_id, report_date, count(*), sum(total_staff), sum(on_duty), sum(remote), sum(quarantine), sum(not_returned),
    0, 0, 0
from resumption_daily_report group by zone_id, report_date;
