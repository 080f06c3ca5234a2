-- Claim matching candidates (verification.matching.CandidateFinder): full-text searches over the organisation's
-- own claims and over published verdicts (each bounded to 200 rows) with every term, some of the rarest terms
-- and the rare terms, then the best 60 by rank with their trigram similarity.
-- Variables: org, text, everyTerm, someTerms, rareTerms, anyTerm (bench/lib/match_terms.py).
with candidates as (
    (select c.id from claim c where c.organisation_id = :org and c.state <> 'DISMISSED' and c.search_vector @@ to_tsquery('english', :'everyTerm') limit 200)
    union (select c.id from claim c where c.organisation_id = :org and c.state <> 'DISMISSED' and c.search_vector @@ to_tsquery('english', :'someTerms') limit 200)
    union (select c.id from claim c where c.organisation_id = :org and c.state <> 'DISMISSED' and c.search_vector @@ to_tsquery('english', :'rareTerms') limit 200)
    union (select c.id from claim c where c.state = 'RATED' and exists (select 1 from verdict pv where pv.claim_id = c.id) and c.search_vector @@ to_tsquery('english', :'everyTerm') limit 200)
    union (select c.id from claim c where c.state = 'RATED' and exists (select 1 from verdict pv where pv.claim_id = c.id) and c.search_vector @@ to_tsquery('english', :'someTerms') limit 200)
    union (select c.id from claim c where c.state = 'RATED' and exists (select 1 from verdict pv where pv.claim_id = c.id) and c.search_vector @@ to_tsquery('english', :'rareTerms') limit 200))
select c.id, c.organisation_id, c.text, c.claimant, c.state, v.id, v.slug, similarity(c.text, :'text')
from claim c left join verdict v on v.claim_id = c.id
where c.id in (select id from candidates)
order by ts_rank_cd(c.search_vector, to_tsquery('english', :'anyTerm')) desc, c.id desc
limit 60;
