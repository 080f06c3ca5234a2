package io.factdesk.web.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A template may start an href with an expression only when the expression is a stored link passed through
 * {@code link:href} or an address the application builds itself; anything else could become {@code javascript:}.
 */
class TemplateLinksTest {

    /** Addresses built by the application from its own base URL and paths, never from stored text. */
    static final Set<String> BUILT_HERE = Set.of("base", "url", "m.href", "page.linked.href", "previousUrl", "nextUrl",
            "inject:language.href(code)", "inject:language.absoluteHref(code)");

    @Test
    void everyLinkThatStartsWithAnExpressionIsCheckedOrBuiltHere() throws IOException {
        List<String> unchecked = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(template);
                for (String attribute : new String[] {"href=\"{", "src=\"{", "action=\"{"}) {
                    for (int at = text.indexOf(attribute); at >= 0; at = text.indexOf(attribute, at + 1)) {
                        int start = at + attribute.length();
                        String expression = text.substring(start, text.indexOf('}', start));
                        if (!expression.startsWith("link:href(") && !BUILT_HERE.contains(expression)) {
                            unchecked.add(template.getFileName() + ": " + attribute + expression + "}");
                        }
                    }
                }
            }
        }
        assertThat(unchecked).isEmpty();
    }
}
