package io.factdesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.domain)", "JAVASCRIPT:alert(1)", "JavaScript:alert(1)",
            " javascript:alert(1)", "\tjavascript:alert(1)", "\njavascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "\u0000javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/file", "mailto:desk@example.org",
            "//evil.example/path", "/verdicts/some-slug", "verdicts/some-slug", "example.org", "#top", "?q=1",
            "http:/x", "http:x", "https://", "https:///path", "http://:80/", "https://user:pass@example.org/",
            "https://example.org@evil.example/", "https://exa mple.org/", "https://example.org/a b",
            "https://example.org/\u200Bpath", "https://example.org/\u202Egpj.exe", "https:\\\\evil.example",
            "https://evil.example\\@example.org", "http://exa_mple.org/", "https://example.org:0/",
            "https://example.org:70000/", "https://example.org:port/", "http://%65vil.example/"})
    void refusesAnythingButAnAbsoluteHttpAddressWithAHost(String text) {
        assertThatThrownBy(() -> WebUrl.parse(text)).isInstanceOf(InvalidWebUrl.class);
        assertThat(WebUrl.tryParse(text)).isEmpty();
    }

    @Test
    void refusesAnOverLongAddressBeforeParsingIt() {
        String longUrl = "https://example.org/" + "a".repeat(WebUrl.MAX_LENGTH);
        assertThatThrownBy(() -> WebUrl.parse(longUrl)).isInstanceOf(InvalidWebUrl.class)
                .hasMessage("must be at most 2000 characters");
        String atTheLimit = "https://example.org/" + "a".repeat(WebUrl.MAX_LENGTH - 20);
        assertThat(WebUrl.parse(atTheLimit).value()).hasSize(WebUrl.MAX_LENGTH);
    }

    @Test
    void refusesBlankText() {
        assertThatThrownBy(() -> WebUrl.parse("  ")).isInstanceOf(InvalidWebUrl.class);
        assertThatThrownBy(() -> WebUrl.parse(null)).isInstanceOf(InvalidWebUrl.class);
        assertThat(WebUrl.parseOptional(" ")).isNull();
        assertThat(WebUrl.parseOptional(null)).isNull();
    }

    @Test
    void acceptsHttpAndHttpsAddressesInAnyCase() {
        assertThat(WebUrl.parse("https://example.org").value()).isEqualTo("https://example.org");
        assertThat(WebUrl.parse("http://example.org/a?b=c#d").value()).isEqualTo("http://example.org/a?b=c#d");
        assertThat(WebUrl.parse("HTTP://Example.ORG/Path/To?Q=A").value()).isEqualTo("http://example.org/Path/To?Q=A");
        assertThat(WebUrl.parse("HttpS://WWW.Example.org/").value()).isEqualTo("https://www.example.org/");
    }

    @Test
    void acceptsPortsAndAddressLiterals() {
        assertThat(WebUrl.parse("https://example.org:8443/feed").value()).isEqualTo("https://example.org:8443/feed");
        assertThat(WebUrl.parse("http://192.0.2.10/x").value()).isEqualTo("http://192.0.2.10/x");
        assertThat(WebUrl.parse("http://[2001:DB8::1]:8080/").value()).isEqualTo("http://[2001:db8::1]:8080/");
    }

    @Test
    void acceptsInternationalHostsInTheirAsciiForm() {
        assertThat(WebUrl.parse("https://münchen.example/wahl").value()).isEqualTo("https://xn--mnchen-3ya.example/wahl");
        assertThat(WebUrl.parse("https://ПРИМЕР.укр:8080/").value()).isEqualTo("https://xn--e1afmkfd.xn--j1amh:8080/");
        assertThat(WebUrl.parse("https://xn--mnchen-3ya.example/").value()).isEqualTo("https://xn--mnchen-3ya.example/");
    }

    @Test
    void keepsNonAsciiPathsAndEscapesAsWritten() {
        assertThat(WebUrl.parse("https://uk.wikipedia.org/wiki/Київ").value()).isEqualTo("https://uk.wikipedia.org/wiki/Київ");
        assertThat(WebUrl.parse("https://example.org/a%20b?x=%2F").value()).isEqualTo("https://example.org/a%20b?x=%2F");
    }

    @Test
    void stripsSurroundingWhitespaceOnly() {
        assertThat(WebUrl.parse("  https://example.org/x \n").value()).isEqualTo("https://example.org/x");
    }

    @Test
    void answersQuicklyForAdversarialText() {
        String attack = "https://" + "a.".repeat(999);
        long started = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            WebUrl.tryParse(attack);
            WebUrl.tryParse("javascript:" + "/".repeat(1990));
        }
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
    }

    @Test
    void comparesByNormalisedValue() {
        assertThat(WebUrl.parse("HTTPS://Example.org/a")).isEqualTo(WebUrl.parse("https://example.org/a"))
                .hasSameHashCodeAs(WebUrl.parse("https://example.org/a"));
        assertThat(WebUrl.parse("https://example.org/a").toUri().getHost()).isEqualTo("example.org");
    }
}
