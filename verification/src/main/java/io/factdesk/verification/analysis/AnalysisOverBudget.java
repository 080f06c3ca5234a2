package io.factdesk.verification.analysis;

import java.time.Duration;

/** The analysis of one article ran past its time budget and was stopped; nothing of it is kept. */
public class AnalysisOverBudget extends RuntimeException {

    private final Duration budget;

    public AnalysisOverBudget(Duration budget) {
        super("analysis stopped after its budget of " + budget.toMillis() + " ms");
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }
}
