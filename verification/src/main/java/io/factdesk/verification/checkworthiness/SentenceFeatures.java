package io.factdesk.verification.checkworthiness;

import java.util.List;

/**
 * What the scorer looks at in one sentence, each list holding the words that showed the feature so the
 * reasons can quote them.
 *
 * @param tokenCount   number of word tokens (punctuation excluded)
 * @param names        proper-name phrases (people, places, bodies) from the part-of-speech tags
 * @param people       names introduced by a title ("President Donald Trump"), a subset of what names shows
 * @param dates        dates and times: month names, weekdays, years, "today"
 * @param numbers      numerals and number words, ordinals included ("third", "two and a half")
 * @param comparatives comparative and superlative forms ("larger", "the best", "first")
 * @param pastActions  verbs in a past form that report something done ("held", "signed", "refused")
 * @param speculation  modal and speculative words ("could", "potential", "whether")
 * @param opinion      evaluative words that carry the author's judgement ("startling", "undeniable")
 * @param quoted       true when the sentence contains a quotation or lies inside one
 * @param question     true for a question or a rhetorical "Whether …" sentence
 * @param commentary   true when the sentence opens by commenting on the previous one ("This move …")
 */
public record SentenceFeatures(int tokenCount, List<String> names, List<String> people, List<String> dates,
        List<String> numbers, List<String> comparatives, List<String> pastActions, List<String> speculation,
        List<String> opinion, boolean quoted, boolean question, boolean commentary) {
}
