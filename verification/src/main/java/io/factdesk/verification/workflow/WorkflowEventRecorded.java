package io.factdesk.verification.workflow;

import io.factdesk.core.audit.WorkflowEvent;

/**
 * Fired (synchronously, inside the workflow's transaction) for every audit event a workflow step records, so
 * that what follows from it (notifications, their e-mails) is written in the same transaction as the step.
 */
public record WorkflowEventRecorded(WorkflowEvent event) {
}
