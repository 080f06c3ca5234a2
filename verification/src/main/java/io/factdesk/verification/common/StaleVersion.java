package io.factdesk.verification.common;

import java.util.List;

/** The caller edited an older version than the current one; nothing was changed. */
public final class StaleVersion extends Refused {

    private final Long currentVersion;

    public StaleVersion(String what, long currentVersion) {
        this(null, what, Long.valueOf(currentVersion));
    }

    /**
     * @param transition the workflow transition that found its claim changed, or null
     * @param what what changed: the refusals bundle has its text as {@code stale_<what>}
     * @param currentVersion the version now current, or null when it is not known (a writer that won a race)
     */
    public StaleVersion(String transition, String what, Long currentVersion) {
        super("stale-version", "stale_" + what, List.of(), transition,
                RefusalMessages.english("stale_" + what, List.of()));
        this.currentVersion = currentVersion;
    }

    /** The version now current, or null when it is not known. */
    public Long currentVersion() {
        return currentVersion;
    }

    @Override
    public Kind kind() {
        return Kind.STALE;
    }
}
