package io.factdesk.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The two database roles of a Factdesk installation, as the embedded server sets them up (docs/operations.md
 * gives the same statements for an external PostgreSQL): an owner that runs the migrations and an application
 * login that owns nothing, so it can neither change the schema nor switch off the audit triggers.
 */
final class DatabaseRoles {

    private DatabaseRoles() {
    }

    /** Creates a login role without any attribute beyond LOGIN, unless it exists. */
    static void create(Statement superuser, String role, String password) throws SQLException {
        superuser.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role + "') then "
                + "create role " + role + " login nosuperuser nocreatedb nocreaterole noinherit password '"
                + password + "'; end if; end $$");
    }

    /**
     * Gives the database and its public schema to the owner role, with everything in the schema: a database
     * that an earlier version created and migrated as the superuser then goes on with the owner, which can run
     * the next migrations and grant privileges on the old tables.
     */
    static void handOver(DataSource database, String name, String owner) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter database " + name + " owner to " + owner);
            statement.execute("alter schema public owner to " + owner);
            statement.execute("""
                    do $$
                    declare item record;
                    begin
                        for item in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
                                and pg_get_userbyid(c.relowner) <> '%1$s'
                        loop
                            execute format('alter table %%I owner to %1$s', item.relname);
                        end loop;
                        for item in select p.oid::regprocedure as fn from pg_proc p
                                join pg_namespace n on n.oid = p.pronamespace
                                left join pg_depend d on d.objid = p.oid and d.deptype = 'e'
                                where n.nspname = 'public' and d.objid is null
                                and pg_get_userbyid(p.proowner) <> '%1$s'
                        loop
                            execute format('alter function %%s owner to %1$s', item.fn);
                        end loop;
                    end $$""".formatted(owner));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the " + name + " database over to " + owner, e);
        }
    }
}
