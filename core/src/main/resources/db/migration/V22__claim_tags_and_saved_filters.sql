-- Tags an organisation puts on its claims (a topic, a campaign, an election), and the desk filters each staff
-- member saved under a name. Both belong to one organisation; nothing here is public.
create table tag (
    id              bigserial primary key,
    organisation_id bigint      not null references organisation (id),
    name            varchar(60) not null,
    created_at      timestamptz not null default now()
);
-- One tag per name and organisation, whatever the letter case.
create unique index tag_org_name_idx on tag (organisation_id, lower(name));

create table claim_tag (
    claim_id bigint not null references claim (id) on delete cascade,
    tag_id   bigint not null references tag (id) on delete cascade,
    primary key (claim_id, tag_id)
);
create index claim_tag_tag_idx on claim_tag (tag_id);

create table saved_filter (
    id              bigserial primary key,
    organisation_id bigint        not null references organisation (id),
    username        varchar(200)  not null,
    name            varchar(100)  not null,
    -- The list's query string (state=RATED&tag=election), re-read and re-validated on every use.
    query           varchar(2000) not null,
    created_at      timestamptz   not null default now(),
    unique (organisation_id, username, name)
);

-- The desk's claim list sorts every organisation's claims by when they came in.
create index claim_org_created_idx on claim (organisation_id, created_at desc, id desc);
