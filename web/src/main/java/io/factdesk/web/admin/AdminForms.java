package io.factdesk.web.admin;

import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.StaleVersion;
import io.factdesk.web.errors.DeskErrors;
import io.factdesk.web.errors.ErrorPages;
import io.factdesk.web.errors.RefusalTexts;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.UiMsg;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.hibernate.StaleStateException;

/** What the admin forms share: HTML answers, the redirect after saving, number fields and messages. */
final class AdminForms {

    private AdminForms() {
    }

    /** Someone else saved the settings first: the 409 page with a plain message; other refusals as pages. */
    static Response stale(RuntimeException e) {
        if (e instanceof StaleVersion || e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return ErrorPages.page(409, PageLanguage.bundle(UiMsg.class).error_settings_stale());
        }
        return ErrorPages.page(409, DeskErrors.messageOf(e));
    }

    /** The service's refusal as a field error, capitalised like the page's own messages. */
    static Map<String, String> fieldError(InvalidInput e, String fallbackField) {
        return Map.of(e.field() == null ? fallbackField : e.field(), sentence(RefusalTexts.of(e)));
    }

    static Response html(Response.Status status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path + "?done=saved")).build();
    }

    static Integer required(String field, String value, int min, int max, Map<String, String> errors) {
        Integer number = number(value);
        if (number == null) {
            errors.put(field, PageLanguage.bundle(UiMsg.class).error_whole_number());
        } else if (number < min || number > max) {
            errors.put(field, PageLanguage.bundle(UiMsg.class).error_number_range(min, max));
            return null;
        }
        return number;
    }

    static Integer number(String value) {
        try {
            return Forms.clean(value) == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
