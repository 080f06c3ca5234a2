-- A published verdict's headline is embedded apart from its claim text: on the public development data a claim is
-- found better by two vectors (the claim text; the headline, which often names the claim differently) than by one
-- vector of both together. Null when the claim has no headline of its own (none yet, or the same as the text).
alter table claim_embedding add column headline_vector bytea;

-- Embeddings stored so far for claims with a headline were made from text and headline together; dropping them
-- marks those claims as lacking an embedding, so the embedding backfill (and the index sync, for claims that
-- change) re-embeds them as two vectors. Until then they are matched by their words.
delete from claim_embedding e
using verdict v
where v.claim_id = e.claim_id;
