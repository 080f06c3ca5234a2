package io.factdesk.verification.matching;

/** How strongly a match is presented to the reviewer. */
public enum MatchLevel {
    /** Among the best matches found, but below the suggested threshold: shown lower down, for completeness. */
    POSSIBLE,
    /** Similar enough to show next to the claim ("earlier checks that may say the same"). */
    SUGGESTED,
    /** So similar that creating the claim should be questioned first ("likely duplicate of …"). */
    LIKELY_DUPLICATE
}
