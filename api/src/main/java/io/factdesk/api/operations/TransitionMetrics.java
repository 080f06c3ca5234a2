package io.factdesk.api.operations;

import io.factdesk.verification.common.Refused;
import io.factdesk.verification.workflow.Transition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Counts workflow transitions by type and outcome for {@code /q/metrics}:
 * {@code factdesk_workflow_transitions_total{transition="approve",outcome="success|refused|failed",reason=...}}.
 * A transition counts as a success only once its transaction committed, so a lost race that fails at commit is
 * never counted twice.
 */
@ApplicationScoped
public class TransitionMetrics {

    static final String NAME = "factdesk.workflow.transitions";

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Runs one transition and records its outcome. */
    public <T> T count(Transition transition, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (Refused refused) {
            boolean rule = refused.byWorkflow(); // a rule of the workflow, not a service the transition called
            counter(transition, rule ? "refused" : "failed", rule ? refused.code() : "none").increment();
            throw refused;
        } catch (RuntimeException failure) {
            counter(transition, "failed", "none").increment();
            throw failure;
        }
        afterCommit(transition);
        return result;
    }

    private void afterCommit(Transition transition) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            counter(transition, "success", "none").increment();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                boolean committed = status == Status.STATUS_COMMITTED;
                counter(transition, committed ? "success" : "failed", "none").increment();
            }
        });
    }

    private Counter counter(Transition transition, String outcome, String reason) {
        return Counter.builder(NAME)
                .description("Review workflow transitions by type and outcome")
                .tag("transition", transition.code())
                .tag("outcome", outcome)
                .tag("reason", reason.toLowerCase(Locale.ROOT).replace('_', '-'))
                .register(registry);
    }
}
