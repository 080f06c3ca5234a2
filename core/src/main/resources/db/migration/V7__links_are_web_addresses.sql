-- Links are absolute http(s) addresses with a host (the application checks them with io.factdesk.core.common.WebUrl;
-- these constraints make the database refuse anything else too). Values stored before the rule existed are
-- neutralised first: they stay readable where a column can hold them as text, and are never a link again.

-- A prefix and two character classes, no nested repetition, over at most 2000 characters: linear time.
create function is_web_address(url text) returns boolean language sql immutable strict parallel safe as $$
    select url ~* '^https?://[^[:space:][:cntrl:]/?#]+([/?#][^[:space:][:cntrl:]]*)?$'
$$;

-- Evidence must keep a URL or a citation: a refused URL becomes the citation, so the source is still listed.
update evidence set citation = coalesce(citation, left(url, 1000)), url = null where not is_web_address(url);
update appearance set url = null where not is_web_address(url);
update article set url = null where not is_web_address(url);
update organisation set url = null where not is_web_address(url);
update tip set url = null where not is_web_address(url);
-- A webhook is nothing without its address, and the application never accepted one that is not http(s): any
-- such row can only have been written by hand; it goes, with its deliveries.
delete from webhook where not is_web_address(url);

-- One length for every link.
alter table organisation alter column url type varchar(2000);

alter table evidence add constraint evidence_url_is_web_address check (is_web_address(url));
alter table appearance add constraint appearance_url_is_web_address check (is_web_address(url));
alter table article add constraint article_url_is_web_address check (is_web_address(url));
alter table organisation add constraint organisation_url_is_web_address check (is_web_address(url));
alter table tip add constraint tip_url_is_web_address check (is_web_address(url));
alter table webhook add constraint webhook_url_is_web_address check (is_web_address(url));
