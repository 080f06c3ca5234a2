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

    /**
     * A script element that is neither JSON-LD data nor an empty element loading a file of the site itself, an
     * on... handler attribute, a style attribute or element.
     */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*type=\"application/ld\\+json\")(?! src=\"/[a-z0-9][a-z0-9/.-]*\"( defer)?></script>)[^>]*>"
                    + "|\\son[a-z]{3,20}\\s*=|\\sstyle\\s*=|<style[\\s>]|javascript:", Pattern.CASE_INSENSITIVE);

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
        for (String html : List.of("<script src=\"https://cdn.example/x.js\"></script>",
                "<script src=\"//cdn.example/x.js\"></script>", "<script src=\"/js/drafts.js\">alert(1)</script>")) {
            assertThat(INLINE.matcher(html).find()).as(html).isTrue();
        }
        assertThat(INLINE.matcher("<script type=\"application/ld+json\">{}</script>").find()).isFalse();
        assertThat(INLINE.matcher("<script src=\"/js/drafts.js\" defer></script>").find()).isFalse();
    }
}
