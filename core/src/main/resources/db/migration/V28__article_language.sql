-- The language an article is written in, as an ISO 639-1 code (or "und" when too short to tell), detected on
-- import. Articles imported before detection existed were all English.
alter table article add column language text not null default 'en';
alter table article add constraint article_language_is_a_code check (language ~ '^(und|[a-z]{2,3})$');
