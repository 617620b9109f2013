-- Failed guesses (join and resume codes, teacher logins) shared by every app node, so a guesser gets one
-- allowance however many nodes there are. Keys are SHA-256 hashes of the client key (an address, a
-- browser session, an account): nothing readable is stored. Times in epoch milliseconds. Rows older than an
-- hour count for nothing and are pruned.
create table throttle_failure (
    throttle      varchar(40) not null,
    client_key    varchar(64) not null,
    failures      integer     not null,
    last_ms       bigint      not null,
    blocked_ms    bigint,
    primary key (throttle, client_key)
);

create index throttle_failure_last on throttle_failure (last_ms);
