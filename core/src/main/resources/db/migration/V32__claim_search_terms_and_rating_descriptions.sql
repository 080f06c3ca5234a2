-- The desk's claim search across scripts and Ukrainian word forms, like public search (V30): the application
-- writes a claim's words as its cross-script analyser reads them when the claim is created or edited; claims
-- created before this are filled in at start. The lexemes are used as they are. The index holds the organisation
-- id (btree_gin, V3), as the desk only ever searches one organisation's claims.
alter table claim add column search_terms text;
alter table claim add column search_terms_vector tsvector generated always as (
    array_to_tsvector(string_to_array(coalesce(search_terms, ''), ' '))) stored;
create index claim_org_search_terms_idx on claim using gin (organisation_id, search_terms_vector);
