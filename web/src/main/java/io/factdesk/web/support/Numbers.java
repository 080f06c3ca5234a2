package io.factdesk.web.support;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formats for pages in the page's language: check-worthiness scores as 0.82 or 0,82. */
@TemplateExtension
public final class Numbers {

    private Numbers() {
    }

    static String twoDecimals(Double value) {
        return value == null ? "" : twoDecimals(value, PageLanguage.currentLocale());
    }

    public static String twoDecimals(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
