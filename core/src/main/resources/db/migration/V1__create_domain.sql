-- The Factdesk domain model: organisations, staff, rating scales, claims and where they appeared, imported
-- articles and their sentences, evidence, review rounds, approvals, verdicts with revisions and corrections,
-- the append-only workflow audit trail, and reader tips.

create table organisation (
    id                      bigserial primary key,
    slug                    varchar(64)  not null unique,
    name                    varchar(200) not null,
    url                     varchar(500),
    description             text,
    methodology             text,
    -- Panel approval: a rating is published once this many distinct editors approved the same review round.
    approvals_required      integer      not null default 1 check (approvals_required between 1 and 10),
    -- Size of the approval panel (n in k-of-n); informational, at least approvals_required.
    panel_size              integer      not null default 1 check (panel_size between 1 and 20),
    -- Minimum evidence before a review can be submitted, and how many distinct publishers it must span.
    min_evidence            integer      not null default 2 check (min_evidence between 0 and 50),
    min_distinct_publishers integer      not null default 2 check (min_distinct_publishers between 0 and 50),
    created_at              timestamptz  not null default now(),
    version                 bigint       not null default 0,
    check (panel_size >= approvals_required)
);

create table organisation_member (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    username        varchar(200) not null unique,
    display_name    varchar(200) not null
);

create table rating (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    code            varchar(64)  not null,
    label           varchar(100) not null,
    -- Numeric value for ClaimReview ratingValue; null for unrated entries such as "Unproven".
    numeric_value   integer,
    position        integer      not null,
    colour          varchar(7)   not null check (colour ~ '^#[0-9a-fA-F]{6}$'),
    description     text         not null default '',
    -- Names in other languages: {"de": "Wahr", ...}
    translations    jsonb        not null default '{}'::jsonb,
    unique (organisation_id, code)
);

create table article (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    title           varchar(500) not null,
    outlet          varchar(200),
    url             varchar(2000),
    published_on    date,
    -- Where the text came from: an uploaded/seeded file name or the import source.
    source_name     varchar(300),
    content_type    varchar(20)  not null default 'TEXT',
    body            text         not null,
    flags           jsonb        not null default '[]'::jsonb,
    imported_by     varchar(200) not null,
    imported_at     timestamptz  not null default now(),
    unique (organisation_id, source_name)
);
create index article_org_imported_idx on article (organisation_id, imported_at desc);

create table claim (
    id                bigserial primary key,
    organisation_id   bigint        not null references organisation (id),
    text              varchar(2000) not null,
    claimant          varchar(300),
    claimed_on        date,
    language          varchar(10)   not null default 'en',
    topics            varchar(500),
    check_worthiness  double precision check (check_worthiness between 0 and 1),
    state             varchar(20)   not null check (state in ('SUBMITTED', 'IN_REVIEW', 'REVIEWED', 'RATED', 'DISMISSED')),
    assignee          varchar(200),
    dismiss_reason    varchar(2000),
    duplicate_of_id   bigint references claim (id),
    tip_count         integer       not null default 0,
    created_by        varchar(200)  not null,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    version           bigint        not null default 0,
    search_vector     tsvector generated always as (
        setweight(to_tsvector('english', coalesce(text, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(claimant, '')), 'B')) stored
);
create index claim_org_state_idx on claim (organisation_id, state, updated_at desc);
create index claim_org_assignee_idx on claim (organisation_id, assignee, state);
create index claim_search_idx on claim using gin (search_vector);

create table sentence (
    id                bigserial primary key,
    article_id        bigint        not null references article (id) on delete cascade,
    position          integer       not null,
    text              text          not null,
    start_offset      integer       not null,
    end_offset        integer       not null,
    check_worthiness  double precision check (check_worthiness between 0 and 1),
    reasons           jsonb         not null default '[]'::jsonb,
    flags             jsonb         not null default '[]'::jsonb,
    promoted_claim_id bigint references claim (id),
    unique (article_id, position)
);

create table appearance (
    id          bigserial primary key,
    claim_id    bigint        not null references claim (id),
    url         varchar(2000),
    article_id  bigint references article (id),
    sentence_id bigint references sentence (id),
    quote       text,
    outlet      varchar(200),
    appeared_on date,
    created_at  timestamptz   not null default now()
);
create index appearance_claim_idx on appearance (claim_id);

create table evidence (
    id           bigserial primary key,
    claim_id     bigint        not null references claim (id),
    url          varchar(2000),
    citation     varchar(1000),
    title        varchar(500)  not null,
    publisher    varchar(200)  not null,
    accessed_on  date,
    stance       varchar(10)   not null check (stance in ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    note         text,
    added_by     varchar(200)  not null,
    added_at     timestamptz   not null default now(),
    check (url is not null or citation is not null)
);
create index evidence_claim_idx on evidence (claim_id);

create table review (
    id              bigserial primary key,
    claim_id        bigint       not null references claim (id),
    round           integer      not null,
    author          varchar(200) not null,
    analysis        text         not null,
    headline        varchar(300),
    summary         varchar(2000),
    proposed_rating varchar(64)  not null,
    status          varchar(20)  not null check (status in ('SUBMITTED', 'APPROVED', 'RETURNED', 'SUPERSEDED')),
    return_note     text,
    submitted_at    timestamptz  not null default now(),
    unique (claim_id, round)
);

create table approval (
    id          bigserial primary key,
    review_id   bigint       not null references review (id),
    editor      varchar(200) not null,
    approved_at timestamptz  not null default now(),
    unique (review_id, editor)
);

create table verdict (
    id               bigserial primary key,
    claim_id         bigint       not null unique references claim (id),
    organisation_id  bigint       not null references organisation (id),
    slug             varchar(200) not null unique,
    current_revision integer      not null default 1,
    under_review     boolean      not null default false,
    first_published_at timestamptz not null,
    updated_at       timestamptz  not null
);
create index verdict_published_idx on verdict (updated_at desc);
create index verdict_org_idx on verdict (organisation_id, updated_at desc);

create table verdict_revision (
    id            bigserial primary key,
    verdict_id    bigint       not null references verdict (id),
    revision      integer      not null,
    review_id     bigint references review (id),
    rating_code   varchar(64)  not null,
    headline      varchar(300) not null,
    summary       varchar(2000) not null,
    explanation   text         not null,
    approvers     varchar(1000) not null,
    published_at  timestamptz  not null,
    unique (verdict_id, revision)
);

create table correction (
    id           bigserial primary key,
    verdict_id   bigint       not null references verdict (id),
    revision     integer      not null,
    note         text         not null,
    corrected_by varchar(200) not null,
    corrected_at timestamptz  not null default now()
);
create index correction_verdict_idx on correction (verdict_id, revision);

create table workflow_event (
    id              bigserial primary key,
    claim_id        bigint       not null references claim (id),
    organisation_id bigint       not null references organisation (id),
    event_type      varchar(40)  not null,
    actor           varchar(200) not null,
    from_state      varchar(20),
    to_state        varchar(20),
    note            text,
    occurred_at     timestamptz  not null default now()
);
create index workflow_event_claim_idx on workflow_event (claim_id, id);

-- The audit trail is append-only: the database itself refuses to change or remove an event.
create function workflow_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'workflow_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger workflow_event_no_update before update or delete on workflow_event
    for each row execute function workflow_event_is_append_only();
create trigger workflow_event_no_truncate before truncate on workflow_event
    for each statement execute function workflow_event_is_append_only();

create table tip (
    id              bigserial primary key,
    organisation_id bigint references organisation (id),
    text            varchar(2000) not null,
    url             varchar(2000),
    contact         varchar(300),
    claim_id        bigint references claim (id),
    client_key      varchar(100),
    submitted_at    timestamptz   not null default now()
);
create index tip_submitted_idx on tip (submitted_at desc);
