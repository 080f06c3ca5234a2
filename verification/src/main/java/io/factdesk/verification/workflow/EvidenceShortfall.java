package io.factdesk.verification.workflow;

/**
 * What the minimum-evidence policy found missing: how many evidence items from how many different publishers the
 * policy needs, and how many the claim has. The four numbers are the arguments of the rule's text in the refusals
 * bundle ({@link Refusal#arguments()}), which words them in every language.
 */
public record EvidenceShortfall(int neededItems, int neededPublishers, int items, int publishers) {
}
