package io.factdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy blocks inline script, inline event handlers and inline styles; a template that
 * used one would break in the browser, so none may.
 */
class TemplatesWithoutInlineCodeTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** A script element that is not JSON-LD data, an on... handler attribute, a style attribute or element. */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*type=\"application/ld\\+json\")[^>]*>|\\son[a-z]{3,20}\\s*=|\\sstyle\\s*=|<style[\\s>]"
                    + "|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptHandlersOrStyles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = INLINE.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(TEMPLATES.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternFindsWhatItLooksFor() {
        for (String html : List.of("<script>alert(1)</script>", "<button onclick=\"go()\">",
                "<span style=\"color: red\">", "<style>p{}</style>", "<a href=\"javascript:x()\">")) {
            assertThat(INLINE.matcher(html).find()).as(html).isTrue();
        }
        assertThat(INLINE.matcher("<script type=\"application/ld+json\">{}</script>").find()).isFalse();
    }
}
