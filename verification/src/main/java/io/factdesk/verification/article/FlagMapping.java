package io.factdesk.verification.article;

import io.factdesk.core.article.Flag;
import io.factdesk.core.article.OtherSpelling;
import io.factdesk.verification.sourcing.NameSpelling;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.util.List;
import java.util.function.Function;

/** Turns sourcing flags into the stored {@link Flag} form with a plain-language explanation. */
final class FlagMapping {

    private FlagMapping() {
    }

    static List<Flag> toStored(List<SourcingFlag> flags) {
        return toStored(flags, label -> null);
    }

    /**
     * @param articleIds the stored id of the article an other spelling names ({@link NameSpelling#articleId()}),
     *                   or null for the flagged article itself
     */
    static List<Flag> toStored(List<SourcingFlag> flags, Function<String, Long> articleIds) {
        return flags.stream().map(f -> toStored(f, articleIds)).toList();
    }

    static Flag toStored(SourcingFlag flag, Function<String, Long> articleIds) {
        String explanation = switch (flag.kind()) {
            case ANONYMOUS_SOURCE -> "The source is deliberately not named.";
            case VAGUE_SOURCE -> "The source is an unnamed group or person.";
            case HEDGE -> "The text distances itself from this statement.";
            case ATTRIBUTION -> "Attributed to a named source (" + flag.note() + ").";
            case NAME_VARIANT -> "The same person is named differently: " + flag.note() + ".";
            case TITLE_DATE_CONTRADICTION -> "A title the dates contradict: " + flag.note() + ".";
        };
        List<OtherSpelling> spellings = flag.spellings().stream()
                .map(s -> new OtherSpelling(s.spelling(), articleIds.apply(s.articleId()))).toList();
        return new Flag(flag.kind().name(), flag.trigger(), flag.start(), flag.end(), explanation, spellings);
    }
}
