-- What a staff member typed into a desk form and has not sent yet: saved while they type (autosave), or kept when
-- the form came back with errors or a preview, so that an expired login, a reload or a closed tab loses nothing.
-- One row per person, page and form; it goes when that form is sent successfully, or after the retention period.
create table form_draft (
    id              bigserial primary key,
    organisation_id bigint        not null references organisation (id),
    username        varchar(200)  not null,
    address         varchar(300)  not null,
    form            varchar(50)   not null,
    fields          jsonb         not null,
    errors          jsonb,
    refusal         varchar(2000),
    preview         boolean       not null default false,
    saved_at        timestamptz   not null default now(),
    unique (organisation_id, username, address, form)
);
create index form_draft_saved_at_idx on form_draft (saved_at);
