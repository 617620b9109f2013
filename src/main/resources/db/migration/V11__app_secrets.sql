-- Secrets the application makes for itself once and every node shares, e.g. the key that signs the
-- cookie naming a student's browser (unless CLOSEREAD_COOKIE_KEY gives one).
create table app_secret (
    name       varchar(60)  not null primary key,
    secret     varchar(200) not null,
    created_at timestamp    not null
);
