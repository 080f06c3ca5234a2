-- The desk's claim search across scripts and Ukrainian word forms, like public search (V30): the application
-- writes a claim's words as its cross-script analyser reads them when the claim is created or edited; claims
-- created before this are filled in at start. The lexemes are used as they are. The index holds the organisation
-- id (btree_gin, V3), as the desk only ever searches one organisation's claims.
alter table claim add column search_terms text;
alter table claim add column search_terms_vector tsvector generated always as (
    array_to_tsvector(string_to_array(coalesce(search_terms, ''), ' '))) stored;
create index claim_org_search_terms_idx on claim using gin (organisation_id, search_terms_vector);

-- A rating's description per language, like its label (V30): the default scale ships Ukrainian descriptions;
-- organisations that kept a default description get its Ukrainian one unless they already wrote their own.
alter table rating add column description_translations jsonb not null default '{}'::jsonb;
update rating r
   set description_translations = r.description_translations || jsonb_build_object('uk', d.uk)
  from (values ('true', 'The statement is accurate and nothing significant is missing.',
                'Твердження точне, і нічого суттєвого не бракує.'),
               ('mostly-true', 'The statement is accurate but needs clarification or additional information.',
                'Твердження точне, але потребує уточнення або додаткової інформації.'),
               ('half-true', 'The statement is partially accurate but leaves out important details or takes things out of context.',
                'Твердження частково точне, але оминає важливі подробиці або вириває факти з контексту.'),
               ('mostly-false', 'The statement contains an element of truth but ignores critical facts that would give a different impression.',
                'Твердження містить частку правди, але ігнорує ключові факти, які створили б інше враження.'),
               ('false', 'The statement is not accurate.',
                'Твердження неточне.'),
               ('pants-on-fire', 'The statement is not accurate and makes a ridiculous claim.',
                'Твердження неточне й до того ж абсурдне.'),
               ('unproven', 'The evidence available does not allow a rating either way.',
                'Наявні докази не дозволяють дати оцінку ні в той, ні в інший бік.')) as d (code, description, uk)
 where r.code = d.code and r.description = d.description and not r.description_translations ? 'uk';
