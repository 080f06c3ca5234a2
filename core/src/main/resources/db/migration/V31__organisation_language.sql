-- The interface language an organisation's staff see when neither their own choice (the language switch) nor their
-- browser's Accept-Language names one Factdesk speaks. Existing organisations keep English.
alter table organisation add column default_language text not null default 'en';
alter table organisation add constraint organisation_default_language_is_supported
    check (default_language in ('en', 'uk'));

-- The interface language a reader used when asking to be e-mailed about the verdict on their tip.
alter table tip add column notify_language text;
alter table tip add constraint tip_notify_language_is_supported check (notify_language in ('en', 'uk'));
