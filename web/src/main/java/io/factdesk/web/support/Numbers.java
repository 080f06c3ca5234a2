package io.factdesk.web.support;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Number formats for pages: check-worthiness scores as {@code 0.82}. */
@TemplateExtension
public final class Numbers {

    private Numbers() {
    }

    static String twoDecimals(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
