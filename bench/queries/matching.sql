-- Claim matching candidates (verification.matching.CandidateFinder): full-text OR of the claim's terms and
-- trigram similarity, each bounded to 60 rows, for organisation :org. Variables: org, text, tsquery.
with fts as (
    select c.id from claim c
    where :'tsquery' <> '' and c.search_vector @@ to_tsquery('english', :'tsquery')
      and ((c.organisation_id = :org and c.state <> 'DISMISSED') or exists (select 1 from verdict pv where pv.claim_id = c.id))
    order by ts_rank_cd(c.search_vector, to_tsquery('english', :'tsquery')) desc, c.id desc
    limit 60),
trgm as (
    select c.id from claim c
    where c.text % :'text'
      and ((c.organisation_id = :org and c.state <> 'DISMISSED') or exists (select 1 from verdict pv where pv.claim_id = c.id))
    order by similarity(c.text, :'text') desc, c.id desc
    limit 60)
select c.id, c.organisation_id, c.text, c.claimant, c.state, v.id, v.slug, similarity(c.text, :'text')
from claim c left join verdict v on v.claim_id = c.id
where c.id in (select id from fts union select id from trgm);
