package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The English strings of the article page's reading controls, highlights and flag chips, in
 * {@code messages/reading.properties} ({@code reading:} in templates). A bundle of its own: Qute splits the lookup
 * of a bundle with more than 300 messages into chunks, and that split fails to verify in this Quarkus version.
 */
@MessageBundle(value = "reading", locale = "en")
public interface ReadingMsg {

    @Message
    String article_reading_label();

    @Message
    String article_sort_label();

    @Message
    String article_sort(String sort);

    @Message
    String article_filter_label();

    @Message
    String article_filter_all();

    @Message
    String article_filter_any();

    @Message
    String article_showing(int shown, int total);

    @Message
    String article_filter_empty();

    @Message
    String article_flags_hint();

    @Message
    String flag_kind(String kind);

    @Message
    String flag_also_written();

    @Message
    String flag_in_this_article();

    @Message
    String flag_in_article(Long id);

    @Message
    String sentence_number(int number);

    @Message
    String sentence_worthy();

    @Message
    String sentence_lower();

    @Message
    String sentence_unscored();

    @Message
    String sentence_kind(String kind);

    @Message
    String sentence_flags_label();

    @Message
    String sentence_why();
}
