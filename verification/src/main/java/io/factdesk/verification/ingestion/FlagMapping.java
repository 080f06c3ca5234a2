package io.factdesk.verification.ingestion;

import io.factdesk.core.article.Flag;
import io.factdesk.verification.sourcing.SourcingFlag;
import java.util.List;

/** Turns sourcing flags into the stored {@link Flag} form with a plain-language explanation. */
final class FlagMapping {

    private FlagMapping() {
    }

    static List<Flag> toStored(List<SourcingFlag> flags) {
        return flags.stream().map(FlagMapping::toStored).toList();
    }

    static Flag toStored(SourcingFlag flag) {
        String explanation = switch (flag.kind()) {
            case ANONYMOUS_SOURCE -> "The source is deliberately not named.";
            case VAGUE_SOURCE -> "The source is an unnamed group or person.";
            case HEDGE -> "The text distances itself from this statement.";
            case ATTRIBUTION -> "Attributed to a named source (" + flag.note() + ").";
            case NAME_VARIANT -> "The same person is named differently: " + flag.note() + ".";
            case TITLE_DATE_CONTRADICTION -> "A title the dates contradict: " + flag.note() + ".";
        };
        return new Flag(flag.kind().name(), flag.trigger(), flag.start(), flag.end(), explanation);
    }
}
