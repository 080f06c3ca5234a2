package io.factdesk.verification.workflow;

import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.NotPermitted;
import io.factdesk.verification.common.RefusalMessages;
import io.factdesk.verification.common.Refused;
import io.factdesk.verification.common.StaleVersion;
import java.util.List;

/**
 * A rule's answer when it refuses: the reason, and optionally a detail about this case for people. Its words live
 * in the refusals bundle ({@link RefusalMessages}), so they read the same in every language: the rule's text
 * ({@link RefusalReason#messageKey()}, or {@code textKey} where one reason has a second wording) followed by the
 * detail's.
 *
 * @param textKey the bundle key of the rule's text when it is not the reason's own; null otherwise
 * @param detail what the rule adds about this case (e.g. "The claim is rated."); null when nothing
 * @param shortfall what evidence is missing, for {@link RefusalReason#MINIMUM_EVIDENCE} (its text's arguments);
 *     null otherwise
 */
public record Refusal(RefusalReason reason, String textKey, Refused.Detail detail, EvidenceShortfall shortfall) {

    public static Refusal of(RefusalReason reason) {
        return new Refusal(reason, null, null, null);
    }

    /** A refusal whose detail is the bundle's {@code detailKey} text with {@code arguments}. */
    public static Refusal because(RefusalReason reason, String detailKey, Object... arguments) {
        return new Refusal(reason, null, new Refused.Detail(detailKey, List.of(arguments)), null);
    }

    /** A refusal worded by the bundle's {@code textKey} instead of the reason's own text. */
    public static Refusal worded(RefusalReason reason, String textKey) {
        return new Refusal(reason, textKey, null, null);
    }

    /** Too little evidence: the shortfall's numbers are the arguments of the rule's text. */
    public static Refusal shortOf(EvidenceShortfall shortfall) {
        return new Refusal(RefusalReason.MINIMUM_EVIDENCE, null, null, shortfall);
    }

    /** The bundle key of the rule's text. */
    public String messageKey() {
        return textKey != null ? textKey : reason.messageKey();
    }

    /** The arguments of the rule's text: the evidence shortfall's four numbers, or none. */
    public List<Object> arguments() {
        return shortfall == null ? List.of() : List.of(shortfall.neededItems(), shortfall.neededPublishers(),
                shortfall.items(), shortfall.publishers());
    }

    /** The whole refusal in English, the rule's text and then the detail's: the exception's message. */
    public String englishMessage() {
        String text = RefusalMessages.english(messageKey(), arguments());
        return detail == null ? text : text + " " + RefusalMessages.english(detail.key(), detail.arguments());
    }

    /**
     * The refusal as the services' one refusal type: a claim outside the actor's organisation is not found, a
     * wrong role is forbidden, a changed claim is stale, and every other rule is a conflict named by its code.
     */
    public Refused toException(Transition transition) {
        String message = englishMessage();
        String name = transition.name();
        return switch (reason) {
            case NOT_FOUND, WRONG_ORGANISATION -> new NotFound(name, reason.code(), messageKey(), detail, message);
            case WRONG_ROLE -> new NotPermitted(name, reason.code(), messageKey(), detail, message);
            case STALE_VERSION -> new StaleVersion(name, "claim", null);
            default -> new Conflict(name, reason.code(), messageKey(), arguments(), detail, message);
        };
    }
}
