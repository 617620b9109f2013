-- The path a class is assigned a lesson on: CORE (one period) or FULL (core and extension); null: FULL.
alter table assignment add column lesson_path varchar(10);
