-- Staff management inside Factdesk. A membership may carry the staff roles itself (organisation admins set them
-- on the staff page); when it carries none (null), the roles come from the identity provider's token as before.
-- Stored as the role names in a fixed order, e.g. 'reviewer,editor'.
alter table organisation_member
    add column roles varchar(40)
        check (roles in ('reviewer', 'editor', 'admin', 'reviewer,editor', 'reviewer,admin', 'editor,admin',
                         'reviewer,editor,admin'));
alter table organisation_member
    add column joined_at timestamptz not null default now();
create index organisation_member_organisation_idx on organisation_member (organisation_id, username);

-- An invitation to an organisation's staff, by login name or e-mail address (stored lower-case). It becomes a
-- membership with these roles the first time a user whose preferred_username or email claim matches logs in;
-- the row is then deleted (the organisation_event trail keeps what happened).
create table staff_invitation (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    login           varchar(200) not null unique,
    roles           varchar(40)  not null
        check (roles in ('reviewer', 'editor', 'admin', 'reviewer,editor', 'reviewer,admin', 'editor,admin',
                         'reviewer,editor,admin')),
    invited_by      varchar(200) not null,
    invited_at      timestamptz  not null default now()
);
create index staff_invitation_organisation_idx on staff_invitation (organisation_id, id);

-- The dashboard's figures: first ratings and corrections per organisation, by time.
create index if not exists workflow_event_dashboard_idx on workflow_event (organisation_id, to_state, occurred_at);
create index if not exists tip_org_submitted_idx on tip (organisation_id, submitted_at);
