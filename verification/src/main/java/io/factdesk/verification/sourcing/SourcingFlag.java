package io.factdesk.verification.sourcing;

import java.util.List;
import java.util.Objects;

/**
 * A warning about how a statement is sourced, always with the words that triggered it.
 *
 * @param kind    what the flag warns about
 * @param trigger the exact text at {@code [start, end)} of the article text (line breaks shown as spaces)
 * @param start   offset of the trigger in the normalised article text
 * @param end     offset after the trigger
 * @param note    a short explanation for the reviewer, e.g. "outlet: Reuters" or the other spelling of a name
 * @param spellings for a name variant, the other spellings and the articles each appears in; otherwise empty
 */
public record SourcingFlag(FlagKind kind, String trigger, int start, int end, String note,
        List<NameSpelling> spellings) {

    public SourcingFlag {
        Objects.requireNonNull(kind, "kind");
        if (trigger == null || trigger.isBlank()) {
            throw new IllegalArgumentException("A flag needs the text that triggered it");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A flag needs the offsets of its trigger");
        }
        note = note == null ? "" : note;
        spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }

    /** A flag without other spellings (every kind but a name variant). */
    public SourcingFlag(FlagKind kind, String trigger, int start, int end, String note) {
        this(kind, trigger, start, end, note, List.of());
    }

    /** A flag whose trigger is {@code text[start, end)}. */
    public static SourcingFlag at(FlagKind kind, CharSequence text, int start, int end, String note) {
        return at(kind, text, start, end, note, List.of());
    }

    /** A flag whose trigger is {@code text[start, end)}, with the other spellings of a name. */
    public static SourcingFlag at(FlagKind kind, CharSequence text, int start, int end, String note,
            List<NameSpelling> spellings) {
        return new SourcingFlag(kind, text.subSequence(start, end).toString().replace('\n', ' '), start, end, note,
                spellings);
    }

    boolean overlaps(SourcingFlag other) {
        return start < other.end && other.start < end;
    }
}
