-- Verification aids: claim matching and the unit kind of imported sentences.

-- Candidates come from English full-text search, run separately over an organisation's own claims and over
-- published verdicts so that rows the organisation may not see are never read: a GIN index on
-- (organisation_id, search_vector) (btree_gin lets GIN hold the organisation id) and a partial GIN index on
-- RATED claims, which is where published verdicts are. Both extensions ship with PostgreSQL.
create extension if not exists btree_gin;
create index claim_org_search_idx on claim using gin (organisation_id, search_vector);
create index claim_rated_search_idx on claim using gin (search_vector) where state = 'RATED';

-- pg_trgm's similarity() then
-- scores spelling closeness ("Zelenskyy"/"Zelensky") of those few candidates. No trigram index: searching a
-- million claims by trigrams took seconds, so the trigram score is only computed on the bounded candidate set.
-- pg_trgm ships with PostgreSQL; creating it needs a role allowed to create extensions.
create extension if not exists pg_trgm;

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
