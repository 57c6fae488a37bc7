-- Service providers are listed and scoped by zone.
create index service_provider_zone_idx on service_provider (zone_id);
