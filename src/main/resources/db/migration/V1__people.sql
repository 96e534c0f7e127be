-- People and their lists. Plain SQL that H2 (default) and PostgreSQL (profile "postgres") both read.
create table profile (
    id         uuid         primary key,
    name       varchar(80)  not null,
    -- SHA-256 of the secret key, hex; the key itself is only ever shown to its owner once.
    key_hash   varchar(64)  not null,
    created    timestamp with time zone not null
);

create table feedback (
    profile_id uuid         not null references profile (id) on delete cascade,
    movie_id   integer      not null,
    verdict    varchar(8)   not null check (verdict in ('LIKE', 'DISLIKE')),
    updated    timestamp with time zone not null,
    primary key (profile_id, movie_id)
);

create table my_films (
    profile_id uuid         not null references profile (id) on delete cascade,
    movie_id   integer      not null,
    added      timestamp with time zone not null,
    primary key (profile_id, movie_id)
);
