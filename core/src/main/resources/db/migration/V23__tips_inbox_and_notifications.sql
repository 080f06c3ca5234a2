-- Tips inbox: a tip is handled once someone dealt with it; a duplicate points at the tip it was merged into (the
-- group's request count is the tips pointing at one tip, plus that tip); a reader who consented leaves an
-- address for one e-mail when the linked claim's verdict is published, erased as soon as that e-mail is queued.
alter table tip
    add column handled_at      timestamptz,
    add column handled_by      varchar(200),
    add column duplicate_of_id bigint references tip (id),
    add column notify_email    varchar(300);
create index tip_duplicate_of_idx on tip (duplicate_of_id);
create index tip_claim_idx on tip (claim_id);

-- Staff as last seen at login: the e-mail address from the ID token, the roles the token carried (editors are
-- asked to approve) and personal preferences. Roles still come from the token on every request.
create table staff_profile (
    id                  bigserial primary key,
    organisation_id     bigint       not null references organisation (id),
    username            varchar(200) not null unique,
    email               varchar(300),
    roles               varchar(200) not null default '',
    email_notifications boolean      not null default true,
    last_login_at       timestamptz  not null default now()
);
create index staff_profile_organisation_idx on staff_profile (organisation_id);

-- In-app notifications, written in the transaction of the workflow step that caused them.
create table notification (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id),
    recipient       varchar(200) not null,
    kind            varchar(40)  not null,
    claim_id        bigint       not null references claim (id),
    actor           varchar(200),
    created_at      timestamptz  not null default now(),
    read_at         timestamptz
);
create index notification_recipient_idx on notification (recipient, created_at desc, id desc);
create index notification_unread_idx on notification (recipient) where read_at is null;

-- E-mails waiting to be sent (an outbox, like webhook_delivery); the address is erased once sent or given up.
create table mail_delivery (
    id              bigserial primary key,
    recipient       varchar(300),
    subject         varchar(300) not null,
    body            text         not null,
    status          varchar(20)  not null default 'PENDING',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(500),
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz
);
create index mail_delivery_due_idx on mail_delivery (next_attempt_at) where status = 'PENDING';
