package io.factdesk.verification.sourcing;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * The phrase lists behind the anonymous-source, vague-source and hedge flags. Each pattern matches exactly
 * the words shown to the reviewer as the flag's trigger; lists are deliberately narrow (precision first).
 */
final class PhrasePatterns {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String SOURCE_NOUN = "(?:officials?|sources?|diplomats?|insiders?|aides?|people|persons?"
            + "|senators?|lawmakers?|staffers?|employees?|witness(?:es)?|advisers?|advisors?|analysts?)";

    /** What a source can be close to or familiar with ("the matter", "the Governing Council's discussions"). */
    private static final String CLOSE_TO = "(?:matter|talks|negotiations|discussions|deliberations|situation|"
            + "investigation|plans?|deal|thinking|decision|process|bank|government|administration|presidency|"
            + "president|kremlin|white\\s+house|council|board|company|ministry|leadership|family|team)";
    /** A group of people, not a person: "officials", "diplomats". */
    private static final String GROUP = "(?:officials|diplomats|sources|analysts|experts|observers|insiders|critics)";

    static final List<Pattern> ANONYMOUS = List.of(
            Pattern.compile("\\b(?:an?|one|two|three|several|some)\\s+(?:[\\w.-]+\\s+){0,3}?" + SOURCE_NOUN
                    + "\\s+who\\s+(?:spoke|asked|requested|talked|declined)\\s+(?:on\\s+(?:the\\s+)?condition\\s+"
                    + "of\\s+anonymity|not\\s+to\\s+be\\s+(?:named|identified)|anonymously|to\\s+be\\s+named)", CI),
            Pattern.compile("\\bon\\s+(?:the\\s+)?condition\\s+of\\s+anonymity\\b", CI),
            Pattern.compile("\\b(?:(?:an?|one|two|three|several|some)\\s+)?(?:anonymous|unnamed|unidentified)\\s+"
                    + "(?:[\\w.-]+\\s+){0,2}?" + SOURCE_NOUN + "\\b", CI),
            Pattern.compile("\\b(?:sources?|insiders?|people|officials?)\\s+(?:with|having)\\s+(?:\\w+\\s+)?"
                    + "(?:access|knowledge)\\b", CI),
            Pattern.compile("\\b(?:(?:an?|one|two|three|four|several|some)\\s+)?(?:people|persons?|sources?|those|"
                    + "officials?|insiders?)\\s+(?:familiar\\s+with|close\\s+to|briefed\\s+on)\\s+"
                    + "(?:the|an?|his|her|their|its)\\s+(?:[\\p{L}’'.-]+\\s+){0,3}?" + CLOSE_TO + "\\b", CI),
            Pattern.compile("\\binsiders\\b", CI));

    static final List<Pattern> VAGUE = List.of(
            Pattern.compile("\\bcritics\\b(?:,\\s+including\\s+[^,]{1,60},)?\\s+(?:have\\s+)?(?:long\\s+)?"
                    + "(?:say|said|argue[sd]?|claim(?:ed)?|warn(?:ed)?|contend(?:ed)?|accused|insist(?:ed)?)\\b", CI),
            Pattern.compile("\\bsome\\s+(?:[\\w.-]+\\s+){0,2}?(?:lawmakers|officials|experts|analysts|observers|"
                    + "critics|diplomats|sources|insiders|members)\\b", CI),
            Pattern.compile("\\bsome\\s+within\\s+(?:the\\s+)?(?:[\\w.-]+\\s+){0,3}?(?:community|administration|"
                    + "government|party|ministry|department|agency|military|camp)\\b", CI),
            Pattern.compile("\\b(?:Western|European|American|Russian|Ukrainian|U\\.S\\.|US|government|"
                    + "administration|military|intelligence|security)\\s+officials\\s+(?:have\\s+|had\\s+)?"
                    + "(?:said|say|hinted|suggested|claimed|warned|believe[sd]?|told|indicated)\\b", CI),
            Pattern.compile("\\bone\\s+(?:[A-Za-z.]+\\s+)?(?:senator|official|diplomat|lawmaker|insider|aide|"
                    + "expert|analyst|adviser|observer)\\s+(?:said|says|claimed|warned|told|added|noted)\\b", CI),
            Pattern.compile("\\b(?:his|her|their)\\s+aides\\s+have\\s+(?:privately\\s+)?(?:expressed|said|"
                    + "suggested|warned)\\b", CI),
            Pattern.compile("\\breports\\s+from\\s+(?:[\\w-]+\\s+){0,2}?(?:journalists|sources|media|outlets)\\b", CI),
            Pattern.compile("\\b(?:previous|earlier|media|some)\\s+reports\\b", CI),
            Pattern.compile("\\b(?:experts|observers|analysts|commentators|many)\\s+(?:say|believe|argue|warn|"
                    + "suggest)\\b", CI),
            // "according to European diplomats", "according to U.S. officials": an unnamed group, not a name
            Pattern.compile("\\b(?i:according\\s+to)\\s+(?:[A-Z][\\p{L}.-]*\\s+){0,2}(?i:" + GROUP + ")\\b"),
            // "European diplomats expect", "Asian diplomats said": any qualifier, case kept to mark the adjective
            Pattern.compile("\\b[A-Z][\\p{L}.-]*\\s+(?:officials|diplomats)\\s+(?:have\\s+|had\\s+)?(?:said|say|"
                    + "hinted|suggested|claimed|warned|believe[sd]?|told|indicated|expect(?:ed)?|fear(?:ed)?)\\b"));

    static final List<Pattern> HEDGES = List.of(
            Pattern.compile("\\b(?:reportedly|allegedly|alleged|purportedly|supposedly|apparently|rumou?red|"
                    + "unconfirmed|unverified|unproven)\\b", CI),
            Pattern.compile("\\bit\\s+is\\s+(?:said|believed|claimed|reported|understood|alleged|rumou?red)\\b", CI),
            Pattern.compile("\\b(?:is|are|was|were)\\s+(?:said|believed|thought|rumou?red)\\s+to\\b", CI),
            Pattern.compile("\\b(?:suggests?|suggested)\\b", CI),
            Pattern.compile("\\b(?:appears?|seems?|appeared|seemed)\\s+to\\b", CI),
            Pattern.compile("\\b(?:has|have|had)\\s+hinted\\b", CI),
            Pattern.compile("\\bcould\\s+not\\s+be\\s+(?:independently\\s+)?(?:verified|confirmed)\\b", CI));

    /** Words each {@link #ANONYMOUS} pattern cannot match without, in the same order (see {@link Gate}). */
    static final List<Gate> ANONYMOUS_GATES = List.of(
            Gate.of("who").and("anonym", "named", "identified"),
            Gate.of("anonymity"),
            Gate.of("anonymous", "unnamed", "unidentified"),
            Gate.of("access", "knowledge"),
            Gate.of("familiar", "close", "briefed"),
            Gate.of("insiders"));

    /** Words each {@link #VAGUE} pattern cannot match without, in the same order. */
    static final List<Gate> VAGUE_GATES = List.of(
            Gate.of("critics"),
            Gate.of("some").and("lawmakers", "officials", "experts", "analysts", "observers", "critics", "diplomats",
                    "sources", "insiders", "members"),
            Gate.of("some").and("within"),
            Gate.of("officials"),
            Gate.of("one").and("senator", "official", "diplomat", "lawmaker", "insider", "aide", "expert", "analyst",
                    "adviser", "observer"),
            Gate.of("aides"),
            Gate.of("reports").and("from"),
            Gate.of("reports"),
            Gate.of("experts", "observers", "analysts", "commentators", "many")
                    .and("say", "believe", "argue", "warn", "suggest"),
            Gate.of("according"),
            Gate.of("officials", "diplomats"));

    /** Words each {@link #HEDGES} pattern cannot match without, in the same order. */
    static final List<Gate> HEDGE_GATES = List.of(
            Gate.of("reportedly", "alleged", "purportedly", "supposedly", "apparently", "rumored", "rumoured",
                    "unconfirmed", "unverified", "unproven"),
            Gate.of("it").and("said", "believed", "claimed", "reported", "understood", "alleged", "rumored",
                    "rumoured"),
            Gate.of("said", "believed", "thought", "rumored", "rumoured"),
            Gate.of("suggest"),
            Gate.of("appear", "seem"),
            Gate.of("hinted"),
            Gate.of("could").and("verified", "confirmed"));

    private PhrasePatterns() {
    }
}
