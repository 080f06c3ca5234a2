package io.factdesk.web.support;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The desk's panel that links a published verdict to its translation ({@code messages/translinks.properties} and
 * {@code translinks_uk.properties}, {@code translinks:} in templates): a small bundle of its own, like the other
 * area bundles, to stay clear of the size limit of {@link Msg}.
 */
@MessageBundle(value = "translinks", locale = "en")
public interface TranslationLinkMsg {

    @Message
    String heading();

    @Message
    String lead();

    @Message
    String linked();

    @Message
    String none();

    @Message
    String unlink(String headline);

    @Message
    String choose_label();

    @Message
    String choose_none();

    @Message
    String no_candidates();

    @Message
    String other_label();

    @Message
    String other_hint();

    @Message
    String link();

    @Message
    String error_choose();

    @Message
    String error_no_verdict();

    /** The notice after a link or unlink ({@code ?done=translation-linked}); empty for another code. */
    @Message
    String notice(String done);
}
