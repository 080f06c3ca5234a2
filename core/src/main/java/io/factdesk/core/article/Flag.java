package io.factdesk.core.article;

import java.util.List;

/**
 * A sourcing flag with the exact words that triggered it: no flag exists without its evidence text.
 *
 * @param kind e.g. ANONYMOUS_SOURCE, HEDGE, ATTRIBUTION, NAME_VARIANT, TITLE_DATE_CONTRADICTION
 * @param trigger the words in the text that raised the flag
 * @param start offset of the trigger in the article text, or -1 when it spans several places
 * @param end end offset (exclusive), or -1
 * @param explanation a plain-language sentence for the reviewer
 * @param otherSpellings for NAME_VARIANT, the other spellings and where each appears; empty otherwise (and in
 *                       flags stored before spellings were recorded)
 */
public record Flag(String kind, String trigger, int start, int end, String explanation,
        List<OtherSpelling> otherSpellings) {

    public Flag {
        if (trigger == null || trigger.isBlank()) {
            throw new IllegalArgumentException("a flag needs the text that triggered it");
        }
        otherSpellings = otherSpellings == null ? List.of() : List.copyOf(otherSpellings);
    }
}
