-- Bulk import publishes verdicts, so it is four-eyes too: an editor uploads the file and the job waits, with the
-- file kept here, until an admin other than the uploader approves it (or refuses it). The approval is recorded on
-- the job and in the audit trail of every claim it publishes.
alter table import_job drop constraint import_job_status_check;
alter table import_job alter column status type varchar(20);
alter table import_job add constraint import_job_status_check
    check (status in ('AWAITING_APPROVAL', 'RUNNING', 'DONE', 'FAILED', 'REFUSED'));
alter table import_job
    -- The uploaded file while the job waits or runs; cleared once it ends.
    add column content             text,
    -- Who first published the fact-checks, when the rows do not say.
    add column original_publisher  varchar(300),
    add column decided_by          varchar(200),
    add column decided_at          timestamptz;

-- An imported verdict is the original publisher's work: the public page and the ClaimReview say so.
alter table verdict add column imported_from varchar(300);
