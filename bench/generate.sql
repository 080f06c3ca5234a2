-- Fills a migrated Factdesk database with a large, realistic-looking archive for benchmarks:
-- :orgs organisations with the default rating scale, :claims claims (text 60-260 chars), every 10th one RATED
-- with a published verdict, two evidence items and an appearance. Deterministic (setseed) so runs compare.
-- Usage: psql -v claims=1000000 -v orgs=5 -f generate.sql
\set ON_ERROR_STOP on
select setseed(0.42);

insert into organisation (slug, name, description)
select 'bench-org-' || g, 'Bench Checks ' || g, 'Benchmark organisation ' || g
from generate_series(1, :orgs) g
on conflict (slug) do nothing;

insert into rating (organisation_id, code, label, numeric_value, position, colour, description)
select o.id, r.code, r.label, r.value, r.pos, r.colour, r.label || ' on the benchmark scale'
from organisation o
cross join (values ('true', 'True', 5, 0, '#1b7a3a'), ('mostly-true', 'Mostly true', 4, 1, '#4f8a1f'),
                   ('half-true', 'Half true', 3, 2, '#8a6d00'), ('mostly-false', 'Mostly false', 2, 3, '#b35900'),
                   ('false', 'False', 1, 4, '#b3261e'), ('pants-on-fire', 'Pants on fire', 0, 5, '#7a1010'),
                   ('unproven', 'Unproven', null, 6, '#555555')) as r(code, label, value, pos, colour)
where o.slug like 'bench-org-%'
on conflict (organisation_id, code) do nothing;

create temporary table words as select
  array['The governor', 'Senator Alvarez', 'The prime minister', 'A viral post', 'The health ministry',
        'The opposition leader', 'The mayor of Springfield', 'A campaign advert', 'The finance minister',
        'An online influencer', 'The defence secretary', 'President Novak', 'The central bank chief',
        'A trade union leader', 'The education minister', 'A television host', 'The energy regulator',
        'Congresswoman Patel', 'The police commissioner', 'A local newspaper'] as subjects,
  array['claimed that', 'said that', 'wrote that', 'told reporters that', 'posted that', 'insisted that',
        'stated in a debate that', 'suggested that', 'announced that', 'repeated that'] as verbs,
  array['unemployment fell by #N percent in #P last year',
        'the city spent #N million dollars on a new stadium in #P',
        'crime rates in #P doubled since #Y',
        'the government cut school funding by #N percent',
        'more than #N thousand migrants arrived in #P in #Y',
        'vaccines caused #N deaths in #P',
        'electricity prices in #P are the highest in Europe',
        'the new drone factory in #P will create #N jobs',
        'the army received #N billion in foreign aid since #Y',
        'wind turbines in #P kill #N thousand birds every year',
        'inflation reached #N percent, the highest level since #Y',
        'the hospital in #P closed #N beds during the winter',
        'tax revenue grew by #N percent while spending fell',
        'the minimum wage in #P has not changed since #Y',
        'the border wall cost #N billion and stopped nothing',
        'the president signed #N executive orders in his first week',
        'food prices in #P rose #N percent in a single month',
        'the opposition voted #N times against the budget',
        'life expectancy in #P dropped for the first time since #Y',
        'the country exports #N percent of its grain through #P'] as facts,
  array['Kyiv', 'Ohio', 'Lagos', 'Manila', 'Bavaria', 'Texas', 'Lyon', 'Gdansk', 'Quebec', 'Kerala',
        'Naples', 'Leeds', 'Cordoba', 'Osaka', 'Nairobi'] as places,
  array['', ' according to a report published on social media', ', citing figures nobody has seen',
        ' during a televised interview', ', in a statement shared thousands of times',
        ' while campaigning for the coming election, without giving a source'] as tails;

insert into claim (organisation_id, text, claimant, claimed_on, state, created_by, created_at, updated_at, language,
                   check_worthiness)
select org.id,
       w.subjects[1 + (g % 20)] || ' ' || w.verbs[1 + (g / 20 % 10)] || ' ' ||
         replace(replace(replace(w.facts[1 + (g / 200 % 20)], '#N', (3 + (g::bigint * 7919) % 97)::text),
                         '#P', w.places[1 + (g / 13 % 15)]), '#Y', (1990 + g % 35)::text) ||
         w.tails[1 + (g / 7 % 6)] || '.',
       split_part(w.subjects[1 + (g % 20)], ' ', 2),
       date '2020-01-01' + (g % 2000),
       case when g % 10 = 0 then 'RATED' when g % 10 = 1 then 'IN_REVIEW' when g % 10 = 2 then 'DISMISSED'
            else 'SUBMITTED' end,
       'bench',
       timestamp '2020-01-01' + (g % 2000) * interval '1 day',
       timestamp '2020-01-01' + (g % 2000) * interval '1 day',
       'en',
       (g % 100) / 100.0
from generate_series(1, :claims) g
cross join words w
join lateral (select id from organisation where slug = 'bench-org-' || (1 + g % :orgs)) org on true;

insert into review (claim_id, round, author, analysis, headline, summary, proposed_rating, status, submitted_at)
select c.id, 1, 'bench',
       'We compared the statement with official statistics and two independent reports. ' || c.text,
       left(c.text, 280), 'The numbers do not support the statement.',
       (array['true', 'mostly-true', 'half-true', 'mostly-false', 'false', 'pants-on-fire', 'unproven'])[1 + c.id % 7],
       'APPROVED', c.created_at
from claim c where c.state = 'RATED' and c.created_by = 'bench';

insert into verdict (claim_id, organisation_id, slug, current_revision, under_review, first_published_at, updated_at)
select c.id, c.organisation_id, 'bench-claim-' || c.id, 1, false, c.created_at + interval '2 days',
       c.created_at + interval '2 days'
from claim c where c.state = 'RATED' and c.created_by = 'bench';

insert into verdict_revision (verdict_id, revision, review_id, rating_code, headline, summary, explanation,
                              approvers, published_at, claim_text, claimant, claimed_on, claim_language)
select v.id, 1, r.id, r.proposed_rating, r.headline, r.summary, r.analysis, 'bench-editor', v.first_published_at,
       c.text, c.claimant, c.claimed_on, c.language
from verdict v join review r on r.claim_id = v.claim_id join claim c on c.id = v.claim_id
where v.slug like 'bench-claim-%';

insert into evidence (claim_id, url, title, publisher, accessed_on, stance, added_by)
select c.id, 'https://stats.example.org/series/' || c.id || '/' || s, 'Official series ' || s || ' for claim ' || c.id,
       case s when 1 then 'National Statistics Office' else 'Independent Research Institute' end,
       c.claimed_on + 3, case s when 1 then 'REFUTES' else 'CONTEXT' end, 'bench'
from claim c cross join generate_series(1, 2) s
where c.state = 'RATED' and c.created_by = 'bench';

insert into appearance (claim_id, url, quote, outlet, appeared_on)
select c.id, 'https://news.example.org/story/' || c.id, c.text, 'Example News', c.claimed_on
from claim c where c.state = 'RATED' and c.created_by = 'bench';

analyze;
