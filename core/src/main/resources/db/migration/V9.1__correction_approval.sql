-- A correction that changes a published rating or verdict text is proposed by one editor and published only once
-- the organisation's approval panel (k of n, the proposer excluded) approved it. Until then the public sees the
-- current revision. At most one correction awaits approval per verdict.
create table correction_proposal (
    id           bigserial primary key,
    verdict_id   bigint        not null references verdict (id),
    claim_id     bigint        not null references claim (id),
    -- The public note and the fields that change; null keeps the current revision's value.
    note         text          not null,
    rating_code  varchar(64),
    headline     varchar(300),
    summary      varchar(2000),
    explanation  text,
    proposed_by  varchar(200)  not null,
    proposed_at  timestamptz   not null default now(),
    status       varchar(20)   not null check (status in ('PENDING', 'APPROVED', 'RETURNED', 'SUPERSEDED')),
    return_note  text,
    decided_at   timestamptz
);
create unique index correction_proposal_pending_idx on correction_proposal (verdict_id) where status = 'PENDING';
create index correction_proposal_claim_idx on correction_proposal (claim_id, id desc);

create table correction_approval (
    id          bigserial primary key,
    proposal_id bigint       not null references correction_proposal (id),
    editor      varchar(200) not null,
    approved_at timestamptz  not null default now(),
    unique (proposal_id, editor)
);

-- Whether one editor alone may publish a typo-level correction (flagged as such, rating unchanged, a small text
-- edit; audited as VerdictTypoCorrected). Off unless the organisation turns it on.
alter table organisation add column typo_corrections_allowed boolean not null default false;
