-- Claim matching with sentence embeddings.

-- One embedding per claim (for a published verdict: its claim text plus headline), with the model that made it
-- and a hash of the text it was made from, so a changed text, headline or model is noticed and re-embedded.
-- The vector is stored as little-endian float32 (384 dimensions: 1,536 bytes). The matching index of each
-- application instance is rebuilt from this table at start and kept in step from it.
create table claim_embedding (
    claim_id      bigint primary key references claim (id) on delete cascade,
    model         varchar(100) not null,
    model_version varchar(50)  not null,
    text_hash     varchar(64)  not null,
    vector        bytea        not null,
    embedded_at   timestamptz  not null default now()
);
create index claim_embedding_model_idx on claim_embedding (model, model_version);
-- Instances also poll for new embeddings (a backfill re-embeds claims without changing them).
create index claim_embedding_embedded_idx on claim_embedding (embedded_at);

-- Every instance polls for claims changed since its last look (text, state, publication all touch updated_at).
create index claim_updated_idx on claim (updated_at);

-- Matches are always returned as a ranked list; the lowest level is a possible match.
alter table claim_match drop constraint claim_match_level_check;
alter table claim_match add constraint claim_match_level_check
    check (level in ('POSSIBLE', 'SUGGESTED', 'LIKELY_DUPLICATE'));

-- Re-embedding an organisation's claims after a model change or for claims stored before embeddings existed,
-- with its progress (the counts grow while it runs).
create table embedding_backfill (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    model           varchar(100) not null,
    model_version   varchar(50)  not null,
    status          varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total_rows      integer      not null default 0,
    processed_rows  integer      not null default 0,
    embedded_rows   integer      not null default 0,
    error           text,
    started_by      varchar(200) not null,
    started_at      timestamptz  not null default now(),
    finished_at     timestamptz
);
create index embedding_backfill_org_idx on embedding_backfill (organisation_id, started_at desc);
