-- Claim matching candidates (verification.matching.CandidateFinder): full-text searches over the organisation's
-- own claims and over published verdicts (each bounded to 200 rows) with every term (the index read for the three
-- rarest, the rest checked on the rows found), about half of the rarest
-- uncommon terms (only when there are such terms: :useSome) and the rare terms; the best 60 by rank, then the
-- trigram similarity of those 60.
-- Variables: org, orgPlus ("+ 0" for an organisation with a large share of all claims, as the app does), text,
-- everyRarest, everyTerm, someTerms, useSome, rareTerms, anyTerm (bench/lib/match_terms.py).
\if :useSome
with candidates as (
    (select c.id from claim c where c.organisation_id :orgPlus = :org and c.state <> 'DISMISSED' and c.search_vector @@ to_tsquery('english', :'everyRarest') and ts_match_vq(c.search_vector, to_tsquery('english', :'everyTerm')) limit 200)
    union (select c.id from claim c where c.organisation_id :orgPlus = :org and c.state <> 'DISMISSED' and c.search_vector @@ to_tsquery('english', :'someTerms') limit 200)
    union (select c.id from claim c where c.organisation_id :orgPlus = :org and c.state <> 'DISMISSED' and c.search_vector @@ to_tsquery('english', :'rareTerms') limit 200)
    union (select c.id from claim c where c.state = 'RATED' and exists (select 1 from verdict pv where pv.claim_id = c.id) and c.search_vector @@ to_tsquery('english', :'everyRarest') and ts_match_vq(c.search_vector, to_tsquery('english', :'everyTerm')) limit 200)
    union (select c.id from claim c where c.state = 'RATED' and exists (select 1 from verdict pv where pv.claim_id = c.id) and c.search_vector @@ to_tsquery('english', :'someTerms') limit 200)
    union (select c.id from claim c where c.state = 'RATED' and exists (select 1 from verdict pv where pv.claim_id = c.id) and c.search_vector @@ to_tsquery('english', :'rareTerms') limit 200)),
\else
with candidates as (
    (select c.id from claim c where c.organisation_id :orgPlus = :org and c.state <> 'DISMISSED' and c.search_vector @@ to_tsquery('english', :'everyRarest') and ts_match_vq(c.search_vector, to_tsquery('english', :'everyTerm')) limit 200)
    union (select c.id from claim c where c.organisation_id :orgPlus = :org and c.state <> 'DISMISSED' and c.search_vector @@ to_tsquery('english', :'rareTerms') limit 200)
    union (select c.id from claim c where c.state = 'RATED' and exists (select 1 from verdict pv where pv.claim_id = c.id) and c.search_vector @@ to_tsquery('english', :'everyRarest') and ts_match_vq(c.search_vector, to_tsquery('english', :'everyTerm')) limit 200)
    union (select c.id from claim c where c.state = 'RATED' and exists (select 1 from verdict pv where pv.claim_id = c.id) and c.search_vector @@ to_tsquery('english', :'rareTerms') limit 200)),
\endif
best as (
    select c.id, c.organisation_id, c.text, c.claimant, c.state from claim c
    where c.id in (select id from candidates)
    order by ts_rank(c.search_vector, to_tsquery('english', :'anyTerm')) desc, c.id desc
    limit 60)
select b.id, b.organisation_id, b.text, b.claimant, b.state, v.id, v.slug, similarity(b.text, :'text')
from best b left join verdict v on v.claim_id = b.id;
