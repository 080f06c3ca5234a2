package io.factdesk.verification.workflow;

import io.factdesk.core.common.WebUrl;
import io.factdesk.core.evidence.Stance;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.Texts;
import java.time.LocalDate;

/**
 * A source a reviewer consulted. A title, a publisher and a URL or a citation are required. The limits and the
 * completeness rule are declared here once: the API's request record, the desk's form and the workflow read them
 * from here; the {@code evidence} table's columns hold exactly these lengths.
 *
 * @param stance supports, refutes or gives context; null means context
 */
public record EvidenceDraft(String url, String citation, String title, String publisher, LocalDate accessedOn,
        Stance stance, String note) {

    public static final int URL_LENGTH = WebUrl.MAX_LENGTH;
    public static final int CITATION_LENGTH = 1000;
    public static final int TITLE_LENGTH = 500;
    public static final int PUBLISHER_LENGTH = 200;
    public static final int NOTE_LENGTH = 20_000;

    /** The source can be found again: it has a web address or a citation. */
    public static boolean hasSource(String url, String citation) {
        return !Text.isBlank(url) || !Text.isBlank(citation);
    }

    boolean isComplete() {
        return !Text.isBlank(title) && !Text.isBlank(publisher) && hasSource(url, citation);
    }

    /**
     * Refuses the first field that is too long, the address if it is not an http(s) one, and a draft without a URL
     * or a citation, each naming its field; blank title or publisher are left to the workflow's rule.
     *
     * @throws InvalidInput naming the field
     */
    public void requireValid() {
        Texts.optionalUrl("url", url);
        Texts.optional("citation", citation, CITATION_LENGTH);
        Texts.optional("title", title, TITLE_LENGTH);
        Texts.optional("publisher", publisher, PUBLISHER_LENGTH);
        Texts.optional("note", note, NOTE_LENGTH);
        if (!hasSource(url, citation)) {
            throw InvalidInput.of("url", "url_or_citation");
        }
    }
}
