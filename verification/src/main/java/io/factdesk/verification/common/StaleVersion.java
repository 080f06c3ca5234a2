package io.factdesk.verification.common;

/** The caller edited an older version than the current one; nothing was changed. */
public class StaleVersion extends RuntimeException {

    private final long currentVersion;

    public StaleVersion(String what, long currentVersion) {
        super("Someone else changed this " + what + " in the meantime; reload and try again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
