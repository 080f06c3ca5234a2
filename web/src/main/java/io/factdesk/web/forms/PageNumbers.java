package io.factdesk.web.forms;

import io.factdesk.verification.common.PageRequest;
import io.factdesk.web.errors.ErrorPages;
import io.factdesk.web.support.Msg;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.UiMsg;

/**
 * Reads the {@code page} query parameter of a listing page. Anything but a whole number in range gets the friendly
 * 400 page (the same rule, and the same refusal, as the API's {@code page} parameter), never a 500.
 */
public final class PageNumbers {

    private PageNumbers() {
    }

    /** The 1-based page number; absent or blank means the first page. */
    public static int of(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= PageRequest.MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below, like an out-of-range number
        }
        throw new BadPageNumber(PageLanguage.bundle(Msg.class).error_400_page_number(PageRequest.MAX_PAGE));
    }

    /** Answered with the 400 page by {@link ErrorPages}. */
    public static class BadPageNumber extends RuntimeException {

        BadPageNumber(String message) {
            super(message);
        }
    }
}
