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
    /** Adjectives and adverbs ending in "-er"/"-est" that are not graded forms. */
    static final Set<String> UNGRADED_ER_EST = Set.of("other", "never", "however", "whatever", "whenever",
            "wherever", "together", "after", "rather", "former", "latter", "proper", "clever", "sober", "bitter",
            "tender", "eager", "modest", "honest", "earnest", "manifest", "either", "neither", "hereafter",
            "thereafter", "moreover", "forever", "sheer", "super", "upper", "inner", "outer", "utter", "under",
            "over", "sinister", "slender", "altogether", "southwest", "northwest", "midwest", "whoever", "premier");
    /** Irregular past tenses and participles ("did" and "had" as main verbs). */
    static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "made", "took", "taken", "went", "gone",
            "came", "gave", "given", "got", "gotten", "held", "met", "sent", "spent", "built", "led", "left", "lost",
            "paid", "kept", "brought", "bought", "thought", "fought", "caught", "taught", "sought", "found", "won",
            "begun", "began", "ran", "saw", "seen", "knew", "known", "grew", "grown", "drew", "drawn", "threw",
            "thrown", "flew", "flown", "wrote", "written", "spoke", "spoken", "broke", "broken", "chose", "chosen",
            "rose", "risen", "fell", "fallen", "felt", "heard", "meant", "sold", "stood", "understood", "struck",
            "became", "did", "done", "had", "was", "were", "been", "sat", "shot", "stole", "stolen", "swore",
            "sworn", "tore", "torn", "wore", "worn", "hid", "hidden", "ate", "eaten", "forgot", "forgotten",
            "froze", "frozen", "drove", "driven", "rode", "ridden", "shook", "shaken", "sank", "sunk", "withdrew",
            "withdrawn", "undertook", "undertaken", "oversaw", "overseen", "arose", "arisen", "bore", "born",
            "borne", "bound", "dealt", "dug", "fed", "fled", "forbade", "forbidden", "foresaw", "foreseen", "hung",
            "laid", "lent", "lit", "misled", "overcame", "sped", "spun", "sprang", "stuck", "swept", "swung",
            "upheld", "wept", "withheld", "beaten", "bent", "blew", "blown", "shone", "slid", "strode", "forgave",
            "forgiven", "mistook", "mistaken", "overtook", "overtaken", "rebuilt", "retold", "sang", "sung",
            "slept", "woke", "woken", "wound", "shut", "quit", "stricken");
    /** Verbs ending in "-ed" in their base form. */
    static final Set<String> BASE_FORMS_IN_ED = Set.of("need", "feed", "speed", "proceed", "exceed", "succeed",
            "bleed", "breed", "heed", "seed", "embed", "shed", "shred", "wed", "weed", "plead", "spread", "head",
            "lead", "read", "bed", "impede", "concede", "precede", "recede", "supersede", "intercede");
    static final Set<String> COMMENTARY_OPENERS = Set.of("this", "these", "that", "such");
    private Lexicon() {
    }
}
