-- The public search (PublishedVerdicts.search) for :text without filters: the capped count and the first page,
-- as the app runs them (RATED claims, then verdicts reviewed again; the page's claims ranked before the joins).
\pset pager off
set jit = off;
\echo '-- count (stops at 1,001)'
explain (analyze, buffers, costs off)
select count(*) from (
  select 1 from claim c
  where c.state = 'RATED' and c.search_vector @@ websearch_to_tsquery('english', :'text')
  union all
  select 1 from claim c join verdict v on v.claim_id = c.id
  where v.under_review and c.state <> 'RATED' and c.search_vector @@ websearch_to_tsquery('english', :'text')
  limit 1001) found;
\echo '-- first page'
explain (analyze, buffers, costs off)
select v.id, v.slug, r.headline, r.summary, c.text, c.claimant, c.claimed_on, r.rating_code,
       coalesce(rt.label, r.rating_code), coalesce(rt.colour, '#555555'), o.slug, o.name,
       v.first_published_at, v.updated_at, v.current_revision, v.under_review
from verdict v
join claim c on c.id = v.claim_id
join organisation o on o.id = v.organisation_id
join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
left join rating rt on rt.organisation_id = v.organisation_id and rt.code = r.rating_code
join (select claim_id, rank, changed from (
        select c.id as claim_id, ts_rank(c.search_vector, websearch_to_tsquery('english', :'text')) as rank,
               c.updated_at as changed
        from claim c
        where c.state = 'RATED' and c.search_vector @@ websearch_to_tsquery('english', :'text')
        union all
        select c.id, ts_rank(c.search_vector, websearch_to_tsquery('english', :'text')), c.updated_at
        from claim c join verdict v on v.claim_id = c.id
        where v.under_review and c.state <> 'RATED' and c.search_vector @@ websearch_to_tsquery('english', :'text')
      ) found order by rank desc, changed desc, claim_id desc limit 20 offset 0) top on top.claim_id = c.id
order by top.rank desc, top.changed desc, top.claim_id desc;
\echo '-- verdict page: last change by slug (the conditional-request check)'
explain (analyze, buffers, costs off)
select updated_at from verdict where slug = 'bench-claim-500000';
