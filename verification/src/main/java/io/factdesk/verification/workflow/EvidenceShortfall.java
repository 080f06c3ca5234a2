package io.factdesk.verification.workflow;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * What the minimum-evidence policy found missing: how many evidence items from how many different publishers the
 * policy needs, and how many the claim has. Pages word it from their message bundle; {@link #describe()} is the
 * English detail of API problems.
 */
public record EvidenceShortfall(int neededItems, int neededPublishers, int items, int publishers) {

    /** English plural rules through the JDK's choice format, not hand-written branches. */
    private static final String PATTERN = "Needs at least {0,choice,1#1 piece|1<{0,number,integer} pieces} of "
            + "evidence from {1,choice,1#1 publisher|1<{1,number,integer} different publishers}; "
            + "has {2,choice,0#none|1#1 piece|1<{2,number,integer} pieces} from "
            + "{3,choice,0#no publisher|1#1 publisher|1<{3,number,integer} publishers}.";

    public String describe() {
        return new MessageFormat(PATTERN, Locale.ENGLISH).format(
                new Object[] {neededItems, neededPublishers, items, publishers});
    }
}
