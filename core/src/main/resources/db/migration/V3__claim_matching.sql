-- Verification aids: claim matching and the unit kind of imported sentences.

-- Trigram similarity on claim text complements the English full-text index of V1 (claim_search_idx): it
-- catches reworded and misspelled claims ("Zelenskyy"/"Zelensky") that share few stems. Needs the pg_trgm
-- extension (shipped with PostgreSQL; creating it needs a role allowed to create extensions).
create extension if not exists pg_trgm;
create index claim_text_trgm_idx on claim using gin (text gin_trgm_ops);

-- A reviewer's decision on a suggested match between a claim and an earlier claim or published verdict.
-- A confirmed match links the claim to the earlier one (claim.duplicate_of_id is set too); a rejected one is
-- never suggested again for the same pair.
create table claim_match (
    id                 bigserial primary key,
    organisation_id    bigint           not null references organisation (id),
    claim_id           bigint           not null references claim (id),
    matched_claim_id   bigint           not null references claim (id),
    matched_verdict_id bigint references verdict (id),
    score              double precision not null check (score between 0 and 1),
    level              varchar(20)      not null check (level in ('SUGGESTED', 'LIKELY_DUPLICATE')),
    decision           varchar(10)      not null check (decision in ('CONFIRMED', 'REJECTED')),
    decided_by         varchar(200)     not null,
    decided_at         timestamptz      not null default now(),
    note               varchar(2000),
    unique (claim_id, matched_claim_id),
    check (claim_id <> matched_claim_id)
);
create index claim_match_matched_idx on claim_match (matched_claim_id);

-- What a unit of an imported article is, so the desk can show headings, bullets and embedded posts apart.
alter table sentence add column kind varchar(20) not null default 'SENTENCE'
    check (kind in ('SENTENCE', 'HEADING', 'BULLET', 'SOCIAL_POST'));
