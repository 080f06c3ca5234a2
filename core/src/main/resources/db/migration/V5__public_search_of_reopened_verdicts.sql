-- The public search reads published claims through the partial index on RATED claims (V3) and adds the few
-- verdicts whose claim is being reviewed again (they stay public, marked "under review") through this one.
create index verdict_under_review_idx on verdict (claim_id) where under_review;
