package io.factdesk.web.desk;

import io.factdesk.core.article.Flag;
import io.factdesk.core.article.OtherSpelling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flag as the article page shows it: its kind as a labelled chip, the trigger words, the explanation and, for a
 * name variant, the other spellings with links to the articles they appear in.
 *
 * @param flag      the stored flag
 * @param spellings the other spellings of a name variant, each with the articles it appears in (empty for other
 *                  kinds)
 */
public record FlagChip(Flag flag, List<Spelling> spellings) {

    /** Titles longer than this are cut in links. */
    static final int SHORT_TITLE = 48;

    /**
     * Another spelling of a flagged name and the articles it appears in.
     *
     * @param spelling the other spelling
     * @param places   where it appears, in the order the flag lists them
     */
    public record Spelling(String spelling, List<Place> places) {
    }

    /**
     * An article another spelling appears in.
     *
     * @param articleId the article, or null for this article
     * @param title     its title, shortened; null when it is this article or not the desk's to see
     */
    public record Place(Long articleId, String title) {
        /** True when the reader may open it. */
        public boolean linked() {
            return articleId != null && title != null;
        }
    }

    static List<Spelling> group(List<OtherSpelling> others, Map<Long, String> titles) {
        Map<String, List<Place>> bySpelling = new LinkedHashMap<>();
        for (OtherSpelling other : others) {
            String title = other.articleId() == null ? null : titles.get(other.articleId());
            bySpelling.computeIfAbsent(other.spelling(), s -> new ArrayList<>())
                    .add(new Place(other.articleId(), title == null || title.length() <= SHORT_TITLE ? title
                            : title.substring(0, SHORT_TITLE - 1).strip() + "…"));
        }
        return bySpelling.entrySet().stream().map(e -> new Spelling(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The CSS name of the kind ("name-variant"). */
    public String css() {
        return Highlights.css(flag.kind());
    }
}
