-- Bulk import of existing fact-checks (ClaimReview JSON or CSV): one job per upload with live counts, one report
-- row per input row, and the natural key of every imported fact-check so that a re-import skips it.

create table import_job (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    format          varchar(20)  not null check (format in ('CLAIMREVIEW_JSON', 'CSV')),
    status          varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total_rows      integer      not null default 0,
    processed_rows  integer      not null default 0,
    imported_rows   integer      not null default 0,
    skipped_rows    integer      not null default 0,
    error           text,
    started_by      varchar(200) not null,
    started_at      timestamptz  not null default now(),
    finished_at     timestamptz
);
create index import_job_org_idx on import_job (organisation_id, started_at desc);

create table import_job_row (
    id          bigserial primary key,
    job_id      bigint        not null references import_job (id) on delete cascade,
    row_number  integer       not null,
    outcome     varchar(10)   not null check (outcome in ('IMPORTED', 'SKIPPED')),
    reason      varchar(1000),
    claim_id    bigint references claim (id),
    unique (job_id, row_number)
);

create table imported_fact_check (
    id              bigserial primary key,
    organisation_id bigint        not null references organisation (id),
    -- The review URL, or the claim text and date when the source has no URL.
    natural_key     varchar(2100) not null,
    claim_id        bigint        not null references claim (id),
    job_id          bigint references import_job (id),
    imported_at     timestamptz   not null default now(),
    unique (organisation_id, natural_key)
);

-- The tip rate limit counts a client's recent tips.
create index tip_client_recent_idx on tip (client_key, submitted_at desc);
