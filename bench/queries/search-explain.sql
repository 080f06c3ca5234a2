-- The public search (PublishedVerdicts.search) for :text without filters: the capped count and the first page,
-- as the app runs them (over the current revision's search vectors, copied onto the verdict row: V35).
-- :terms is the cross-script query SearchTerms.query(:text) gives (for English words, their stems).
\pset pager off
set jit = off;
\echo '-- count (stops at 1,001)'
explain (analyze, buffers, costs off)
select count(*) from (
  select 1 from verdict v
  where true and (v.search_vector @@ websearch_to_tsquery('english', :'text')
                  or v.search_terms_vector @@ cast(:'terms' as tsquery))
  limit 1001) found;
\echo '-- first page'
explain (analyze, buffers, costs off)
select v.id, v.slug, r.headline, r.summary, r.claim_text, r.claimant, r.claimed_on, r.rating_code,
       coalesce(rt.translations ->> r.claim_language, rt.label, r.rating_code),
       coalesce(rt.colour, '#555555'), o.slug, o.name,
       v.first_published_at, v.updated_at, r.revision, v.under_review,
       exists (select 1 from correction c where c.verdict_id = v.id), r.claim_language
from verdict v
join organisation o on o.id = v.organisation_id
join verdict_revision r on r.verdict_id = v.id and r.revision = v.current_revision
left join rating rt on rt.organisation_id = v.organisation_id and rt.code = r.rating_code
join (select v.id, ts_rank(v.search_vector, websearch_to_tsquery('english', :'text'))
                   + ts_rank(v.search_terms_vector, cast(:'terms' as tsquery)) as rank
      from verdict v
      where true and (v.search_vector @@ websearch_to_tsquery('english', :'text')
                      or v.search_terms_vector @@ cast(:'terms' as tsquery))
      order by 2 desc, v.updated_at desc, v.id desc limit 20 offset 0) page on page.id = v.id
order by page.rank desc, v.updated_at desc, v.id desc;
\echo '-- verdict page: last change by slug (the conditional-request check)'
explain (analyze, buffers, costs off)
select updated_at from verdict where slug = 'bench-claim-500000';
