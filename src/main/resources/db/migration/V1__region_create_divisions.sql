-- Administrative divisions (GB/T 2260): provinces (level 1) and prefecture-level cities (level 2).
create table region (
    code        varchar(6)  primary key,
    name        varchar(64) not null,
    level       smallint    not null,
    parent_code varchar(6)  references region (code)
);
create index region_parent_idx on region (parent_code);
