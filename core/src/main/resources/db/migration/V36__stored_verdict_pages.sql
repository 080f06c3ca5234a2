-- A verdict page shows, besides the verdict's own rows, its organisation's name and address, its rating scale and
-- its approvers' public names. Their last change is kept per organisation, so that the page's version (the later
-- of this and the verdict's own last change) moves whenever anything on the page does: the page caches, the ETag
-- and the stored pages below all follow it.
alter table organisation add column pages_changed_at timestamptz not null default '1970-01-01 00:00:00+00';

create function organisation_pages_changed() returns trigger language plpgsql as $$
begin
    new.pages_changed_at = now();
    return new;
end
$$;

create trigger organisation_pages_changed before update on organisation
    for each row when ((old.name, old.slug, old.url) is distinct from (new.name, new.slug, new.url))
    execute function organisation_pages_changed();

create function organisation_pages_touched() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update organisation set pages_changed_at = now() where id = old.organisation_id;
    else
        update organisation set pages_changed_at = now() where id = new.organisation_id;
    end if;
    return null;
end
$$;

create trigger rating_pages_touched after insert or update or delete on rating
    for each row execute function organisation_pages_touched();
create trigger member_pages_touched after insert or delete or update of display_name on organisation_member
    for each row execute function organisation_pages_touched();

-- Each verdict page as rendered once for every instance: the first read of a verdict after it changes (or after
-- a new build) renders it and stores it here; any instance then answers a first read with one lookup by key
-- instead of reading the verdict's rows and rendering them. Only pages asked for without a query string are
-- stored (two per verdict at most, one per language), and the site's own address is a placeholder in the HTML,
-- put in when served, so no request header decides what is stored. A row is used only while its version and
-- renderer (the build that rendered it) match.
create table public_page (
    verdict_id bigint      not null references verdict (id) on delete cascade,
    language   varchar(16) not null,
    renderer   varchar(64) not null,
    version    timestamptz not null,
    html       text        not null,
    primary key (verdict_id, language)
);
