package io.factdesk.verification.checkworthiness;

import java.util.Set;

/** Closed word lists the features use; small and reviewed by hand, documented in docs/verification-aids.md. */
final class Lexicon {

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tomorrow", "tonight");
    static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "dozen", "dozens", "half", "twice", "thrice",
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "percent");
    /** "One" is mostly a pronoun or determiner ("one anonymous source"), not a count a checker verifies. */
    static final Set<String> NOT_COUNTS = Set.of("one");
    static final Set<String> SUPERLATIVE_WORDS = Set.of("first", "last", "only", "record", "most", "least", "more",
            "fewer", "less", "largest", "biggest", "best", "worst", "highest", "lowest");
    static final Set<String> SPECULATION = Set.of("could", "would", "might", "may", "should", "potential",
            "potentially", "possibility", "possible", "possibly", "perhaps", "whether", "likely", "unlikely",
            "speculation", "seems", "seem", "appear", "appears", "if", "prospect", "hope", "hopes", "aims",
            "seeks", "seek", "expected");
    static final Set<String> OPINION = Set.of("startling", "profound", "pivotal", "undeniable", "crucial",
            "critical", "significant", "unsettling", "surprising", "dramatic", "complex", "nuanced", "specter",
            "lifeline", "chaos", "brink", "shadow", "ripples", "juncture", "deepening", "mounting", "contentious",
            "resilience", "prowess", "renewed", "meaningful", "worthy", "vital", "seemingly", "straightforward",
            "narrative", "chessboard", "heartwarming", "dignified", "grateful", "appreciate", "underscores",
            "highlights", "reflects", "signals", "represents", "cautious", "mutually", "beneficial");
    static final Set<String> COMMENTARY_OPENERS = Set.of("this", "these", "that", "such");
    private Lexicon() {
    }
}
