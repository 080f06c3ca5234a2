-- The public search (PublishedVerdicts.search) for :text without filters: the capped count and the first page,
-- as the app runs them (over the current revision's published snapshot, verdict_revision.search_vector).
\pset pager off
set jit = off;
\echo '-- count (stops at 1,001)'
explain (analyze, buffers, costs off)
select count(*) from (
  select 1 from verdict v
  join organisation o on o.id = v.organisation_id
  join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
  left join rating rt on rt.organisation_id = v.organisation_id and rt.code = r.rating_code
  where r.search_vector @@ websearch_to_tsquery('english', :'text')
  limit 1001) found;
\echo '-- first page'
explain (analyze, buffers, costs off)
select v.id, v.slug, r.headline, r.summary, r.claim_text, r.claimant, r.claimed_on, r.rating_code,
       coalesce(rt.label, r.rating_code), coalesce(rt.colour, '#555555'), o.slug, o.name,
       v.first_published_at, v.updated_at, v.current_revision, v.under_review
from verdict v
join organisation o on o.id = v.organisation_id
join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
left join rating rt on rt.organisation_id = v.organisation_id and rt.code = r.rating_code
where r.search_vector @@ websearch_to_tsquery('english', :'text')
order by ts_rank(r.search_vector, websearch_to_tsquery('english', :'text')) desc, v.updated_at desc, v.id desc
limit 20 offset 0;
\echo '-- verdict page: last change by slug (the conditional-request check)'
explain (analyze, buffers, costs off)
select updated_at from verdict where slug = 'bench-claim-500000';
