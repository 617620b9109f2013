-- LTI Names and Role Provisioning Services: the roster address a launch named for an LMS context, and the
-- roster last fetched from it (kept when the LMS is down, so the dashboard still shows it), with when it
-- was fetched and the last failure.
alter table lti_context add column memberships_url varchar(1000);
alter table lti_context add column roster_fetched_at timestamp;
alter table lti_context add column roster_tried_at timestamp;
alter table lti_context add column roster_error varchar(500);

create table lti_roster_member (
    platform_id bigint        not null references lti_platform (id) on delete cascade,
    context_id  varchar(255)  not null,
    subject     varchar(255)  not null,
    name        varchar(255),
    roles       varchar(2000) not null,
    status      varchar(20)   not null,
    primary key (platform_id, context_id, subject)
);
