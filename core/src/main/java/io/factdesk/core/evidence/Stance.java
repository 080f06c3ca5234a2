package io.factdesk.core.evidence;

/** How a source bears on the claim. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}
