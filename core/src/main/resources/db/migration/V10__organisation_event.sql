-- The organisation's own audit trail: changes to its settings (review policies, rating scale, public profile,
-- webhooks) that belong to no claim. Append-only like workflow_event; V20 leaves the application role only
-- INSERT and SELECT on it, this trigger refuses changes even to a role that may.
create table organisation_event (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    event_type      varchar(40)  not null,
    actor           varchar(200) not null,
    note            text,
    occurred_at     timestamptz  not null default now()
);
create index organisation_event_organisation_idx on organisation_event (organisation_id, id desc);

create function organisation_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'organisation_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger organisation_event_no_update before update or delete on organisation_event
    for each row execute function organisation_event_is_append_only();
create trigger organisation_event_no_truncate before truncate on organisation_event
    for each statement execute function organisation_event_is_append_only();
