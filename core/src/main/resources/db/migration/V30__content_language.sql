-- Content in the language it was written in (claims already carry one since V1, published revisions since V9).

-- Public search across scripts and Ukrainian word forms. PostgreSQL has no Ukrainian dictionary, so the
-- application writes the published claim's words as its cross-script analyser reads them (English stems,
-- Ukrainian dictionary lemmas in Latin letters, one spelling per name), separated by spaces, when a revision is
-- published; revisions published before this are filled in at start. The lexemes are used as they are.
alter table verdict_revision add column search_terms text;
alter table verdict_revision add column search_terms_vector tsvector generated always as (
    array_to_tsvector(string_to_array(coalesce(search_terms, ''), ' '))) stored;
create index verdict_revision_search_terms_idx on verdict_revision using gin (search_terms_vector);

-- A verdict may be the translation of another verdict (the same claim checked in another language); readers
-- switch between the two. The link is set on the translation and read both ways.
alter table verdict add column translation_of bigint references verdict (id) on delete set null;
alter table verdict add constraint verdict_translation_is_another check (translation_of <> id);
create index verdict_translation_idx on verdict (translation_of);

-- The default rating scale ships with Ukrainian labels; organisations that kept a default label get its
-- Ukrainian one unless they already wrote their own.
update rating r
   set translations = r.translations || jsonb_build_object('uk', d.uk)
  from (values ('true', 'True', 'Правда'),
               ('mostly-true', 'Mostly true', 'Переважно правда'),
               ('half-true', 'Half true', 'Напівправда'),
               ('mostly-false', 'Mostly false', 'Переважно неправда'),
               ('false', 'False', 'Неправда'),
               ('pants-on-fire', 'Pants on fire', 'Цілковита брехня'),
               ('unproven', 'Unproven', 'Не доведено')) as d (code, label, uk)
 where r.code = d.code and r.label = d.label and not r.translations ? 'uk';
