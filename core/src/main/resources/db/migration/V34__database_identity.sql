-- An identity of this database, made once. Each instance keeps its claim-matching index in a folder between runs
-- and records in it the database it reflects, so that a folder is never reused against another database (another
-- server, a fresh one, a copy of the folder). One row only.
create table database_identity (
    singleton boolean primary key default true check (singleton),
    id        uuid    not null
);

insert into database_identity (id) values (gen_random_uuid());

-- The application only reads it.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${app_role}') and '${app_role}' <> current_user then
        execute format('revoke insert, update, delete, truncate on database_identity from %I', '${app_role}');
    end if;
end $$;
