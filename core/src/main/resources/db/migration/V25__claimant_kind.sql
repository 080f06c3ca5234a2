-- Who made a claim: a person or an organisation. Null means "not stated": the ClaimReview markup then guesses from
-- the name, as it did before this column existed. The published snapshot keeps the kind approved with the verdict.
alter table claim add column claimant_kind varchar(20)
    constraint claim_claimant_kind_check check (claimant_kind in ('PERSON', 'ORGANISATION'));

alter table verdict_revision add column claimant_kind varchar(20)
    constraint verdict_revision_claimant_kind_check check (claimant_kind in ('PERSON', 'ORGANISATION'));
