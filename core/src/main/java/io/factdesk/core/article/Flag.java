package io.factdesk.core.article;

/**
 * A sourcing flag with the exact words that triggered it: no flag exists without its evidence text.
 *
 * @param kind e.g. ANONYMOUS_SOURCE, HEDGE, ATTRIBUTION, NAME_VARIANT, TITLE_DATE_CONTRADICTION
 * @param trigger the words in the text that raised the flag
 * @param start offset of the trigger in the article text, or -1 when it spans several places
 * @param end end offset (exclusive), or -1
 * @param explanation a plain-language sentence for the reviewer
 */
public record Flag(String kind, String trigger, int start, int end, String explanation) {

    public Flag {
        if (trigger == null || trigger.isBlank()) {
            throw new IllegalArgumentException("a flag needs the text that triggered it");
        }
    }
}
