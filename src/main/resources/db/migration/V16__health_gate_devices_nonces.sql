-- A retired signing key keeps no private key: its sealed_private is erased (null).
alter table health_signing_key alter column sealed_private drop not null;

-- Nonces a gate device used in signed API requests, kept for the timestamp window: a second use is a replay.
create table gate_device_nonce (
    device_id bigint      not null references gate_device (id),
    nonce     varchar(64) not null,
    seen_at   timestamp with time zone not null,
    constraint gate_device_nonce_pk primary key (device_id, nonce)
);
create index gate_device_nonce_seen_idx on gate_device_nonce (seen_at);

-- Devices are listed per checkpoint; scans are traced by checkpoint and time (index exists) and by employee.
create index gate_device_checkpoint_idx on gate_device (checkpoint_id);
create index checkpoint_enterprise_idx on checkpoint (enterprise_id);
