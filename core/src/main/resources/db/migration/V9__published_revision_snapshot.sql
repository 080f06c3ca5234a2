-- What the public reads is what was approved: each verdict revision keeps a snapshot of the claim as it stood at
-- approval (text, claimant, date, language), its evidence and its appearances. Public pages, search, feeds and
-- ClaimReview read only these columns, so editing a reopened claim changes nothing public until the next
-- approval publishes a new revision.
alter table verdict_revision
    add column claim_text     varchar(2000),
    add column claimant       varchar(300),
    add column claimed_on     date,
    add column claim_language varchar(10) not null default 'en',
    -- [{"url", "citation", "title", "publisher", "accessedOn", "stance", "note"}, ...] in the order added
    add column evidence       jsonb not null default '[]'::jsonb,
    -- [{"url", "articleUrl", "articleTitle", "quote", "outlet", "appearedOn"}, ...] in the order added
    add column appearances    jsonb not null default '[]'::jsonb;

-- Existing revisions were published from the claim's current rows; that is the best record of what was approved.
update verdict_revision r
   set claim_text = c.text, claimant = c.claimant, claimed_on = c.claimed_on, claim_language = c.language,
       evidence = coalesce((
           select jsonb_agg(jsonb_build_object('url', e.url, 'citation', e.citation, 'title', e.title,
                   'publisher', e.publisher, 'accessedOn', e.accessed_on, 'stance', e.stance, 'note', e.note)
                   order by e.id)
             from evidence e where e.claim_id = c.id), '[]'::jsonb),
       appearances = coalesce((
           select jsonb_agg(jsonb_build_object('url', a.url, 'articleUrl', ar.url, 'articleTitle', ar.title,
                   'quote', a.quote, 'outlet', coalesce(a.outlet, ar.outlet), 'appearedOn', a.appeared_on)
                   order by a.id)
             from appearance a left join article ar on ar.id = a.article_id where a.claim_id = c.id), '[]'::jsonb)
  from verdict v join claim c on c.id = v.claim_id
 where v.id = r.verdict_id;

alter table verdict_revision alter column claim_text set not null;

-- The public word search runs over the published claim text and claimant, never over the live claim row.
alter table verdict_revision add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(claim_text, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(claimant, '')), 'B')) stored;
create index verdict_revision_search_idx on verdict_revision using gin (search_vector);
