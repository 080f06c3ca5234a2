-- Webhooks: an organisation's admins register HTTPS endpoints that are told when one of its verdicts is
-- published, corrected or put under review again. Deliveries are written in the same transaction as the change
-- (an outbox), then sent by whichever instance claims them first, retried with back-off.
create table webhook (
    id              bigserial primary key,
    organisation_id bigint        not null references organisation (id),
    url             varchar(2000) not null,
    secret          varchar(100)  not null,
    events          varchar(200)  not null,
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null default now()
);
create index webhook_organisation_idx on webhook (organisation_id);

create table webhook_delivery (
    id              bigserial primary key,
    webhook_id      bigint       not null references webhook (id) on delete cascade,
    event           varchar(50)  not null,
    payload         text         not null,
    status          varchar(20)  not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_status     int,
    last_error      varchar(500),
    created_at      timestamptz  not null default now(),
    delivered_at    timestamptz
);
-- What the dispatcher looks for: due pending deliveries, oldest first.
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, id desc);
