package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings about the language content is written in (the public search's language filter, a verdict's
 * translations, a rating's Ukrainian label and description), in {@code messages/content.properties} and {@code content_uk.properties} ({@code content:} in
 * templates). A bundle of its own, like the other area bundles, to stay clear of the size limit of {@code msg}.
 */
@MessageBundle(value = "content", locale = "en")
public interface ContentMsg {

    @Message
    String filter_language();

    @Message
    String translations_label();

    /** The rating scale form's field for an entry's Ukrainian label. */
    @Message
    String scale_label_uk();

    /** The rating scale form's field for an entry's Ukrainian description. */
    @Message
    String scale_description_uk();
}
