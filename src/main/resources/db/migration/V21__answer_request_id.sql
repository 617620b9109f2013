-- A client may name each answer it sends (an idempotency key). A request that arrives again with the same
-- name, even after another answer was stored (a reply lost in a crash, the request then processed late),
-- is acknowledged with the stored try and not stored twice. Unnamed answers (null) are not constrained.
alter table answer_try add column request_id varchar(64);
create unique index answer_try_request on answer_try (attempt_id, request_id);
