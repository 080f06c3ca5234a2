-- The application connects as its own role, which owns no table: only an owner may alter a table, disable its
-- triggers or drop it, so the application cannot switch off the append-only audit. It may read and write the
-- domain tables, and only insert into and read the audit tables (those guarded by an *_is_append_only trigger).
-- This is the last migration on purpose: it covers every table created before it, and the default privileges
-- cover tables that later migrations create as the same owner (an audit table added later must revoke UPDATE,
-- DELETE and TRUNCATE itself).
do $$
declare
    app constant text := '${app_role}';
    audit record;
begin
    if not exists (select 1 from pg_roles where rolname = app) then
        raise warning 'Role % does not exist, so no privileges were granted; create it and run this file''s '
            'grants (docs/operations.md, "Database roles")', app;
        return;
    end if;
    if app = current_user then
        raise warning 'Migrations run as the application role %: it owns the tables and can disable the audit '
            'triggers. Run migrations as a separate owner role (docs/operations.md, "Database roles")', app;
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('revoke create on schema public from %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
    for audit in select distinct t.tgrelid::regclass as tab from pg_trigger t join pg_proc p on p.oid = t.tgfoid
            where p.proname like '%\_is\_append\_only' and not t.tgisinternal
    loop
        execute format('revoke update, delete, truncate, references, trigger on %s from %I', audit.tab, app);
    end loop;
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
        app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
end $$;
