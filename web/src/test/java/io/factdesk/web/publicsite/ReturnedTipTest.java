package io.factdesk.web.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/** The returned tip form's cookie: what goes in comes out, and nothing else is read. */
class ReturnedTipTest {

    @Test
    void typedFieldsSurviveTheCookieIncludingUkrainianText() {
        Map<String, String> typed = Map.of("text", "Зеленський сказав, що 40% дронів — українські.", "url", "",
                "contact", "reader@example.net", "notify", "on");
        String cookie = ReturnedTip.encode(typed).orElseThrow();
        assertThat(cookie).matches("[A-Za-z0-9_-]+");
        assertThat(ReturnedTip.decode(cookie)).contains(typed);
    }

    @Test
    void twoThousandCharactersOfOrdinaryTextFitInOneCookie() {
        String text = "The minister said exports rose by 12 percent in 2025, the port by 7 percent. ".repeat(26)
                .substring(0, 2000);
        assertThat(ReturnedTip.encode(Map.of("text", text))).isPresent()
                .get().satisfies(cookie -> assertThat(cookie.length()).isLessThanOrEqualTo(ReturnedTip.MAX_COOKIE));
    }

    @Test
    void textThatCannotBeCompressedIntoACookieIsNotCarried() {
        StringBuilder random = new StringBuilder();
        java.util.Random seed = new java.util.Random(7);
        while (random.length() < 4000) {
            random.append((char) ('!' + seed.nextInt(90)));
        }
        assertThat(ReturnedTip.encode(Map.of("text", random.toString()))).isEmpty();
    }

    @Test
    void anythingElseReadsAsNothing() throws IOException {
        assertThat(ReturnedTip.decode(null)).isEmpty();
        assertThat(ReturnedTip.decode("")).isEmpty();
        assertThat(ReturnedTip.decode("%%%not base64")).isEmpty();
        assertThat(ReturnedTip.decode(Base64.getUrlEncoder().encodeToString("plain".getBytes()))).isEmpty();
        assertThat(ReturnedTip.decode(deflated("{\"text\":{\"nested\":1}}"))).isEmpty();
        assertThat(ReturnedTip.decode("A".repeat(5000))).isEmpty();
        String bomb = deflated("{\"text\":\"" + "a".repeat(1_000_000) + "\"}");
        assertThat(bomb.length()).as("a million characters deflate into one cookie").isLessThan(4096);
        assertThat(ReturnedTip.decode(bomb)).as("but are not inflated").isEmpty();
    }

    private static String deflated(String json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }
}
