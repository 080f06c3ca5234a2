package io.factdesk.web.admin;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What a redirect after a form tells the page it lands on ({@code ?done=…}, {@code ?error=…}): only known codes
 * are shown, anything else in the address is ignored.
 */
final class PageOutcome {

    private static final Set<String> CODES = Set.of("invited", "withdrawn", "roles", "removed", "created", "login",
            "already-staff", "already-invited", "last-admin", "slug", "slug-taken", "name", "firstAdmin");

    private PageOutcome() {
    }

    static String known(String code) {
        return code != null && code.length() <= 40 && CODES.contains(code) ? code : null;
    }

    /** A typed value carried back to its field, at most 200 characters. */
    static String shortText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
    }

    /** The page's address with the given query parameters (name, value, …); blank values are left out. */
    static URI address(String path, String... namesAndValues) {
        StringBuilder uri = new StringBuilder(path);
        char separator = '?';
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = shortText(namesAndValues[i + 1]);
            if (value != null) {
                uri.append(separator).append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return URI.create(uri.toString());
    }
}
