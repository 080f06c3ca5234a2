-- The public verdict page shows a revision's explanation as HTML. The publisher renders the Markdown and
-- sanitises it once, when it publishes the revision, and stores the safe HTML here, so a page read does not
-- render it again. Revisions published before this column existed get it from the application at start
-- (ExplanationHtmlBackfill); until then their pages render the Markdown as they did before.
alter table verdict_revision add column explanation_html text;
