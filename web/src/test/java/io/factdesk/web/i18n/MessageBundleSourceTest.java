package io.factdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program that writes the {@code msg} bundle's interface from {@code messages/msg.properties} at build time
 * ({@code src/build/MessageBundleSource.java}), run the way Maven runs it: the JDK's source launcher on a file.
 */
class MessageBundleSourceTest {

    static final Path PROGRAM = Paths.get("src/build/MessageBundleSource.java");

    @TempDir
    Path dir;

    @Test
    void aMethodPerKeyWithTheTextsNamesAsStringParameters() throws Exception {
        Run run = generate("""
                plain=Search verdicts
                by={#when count.plural('en')}{#is 'one'}One editor{#else}{count} editors{/when}, {name.length} {str:concat(total)}
                """, 280);

        assertThat(run.exit()).isZero();
        assertThat(run.source()).contains("@MessageBundle(value = \"demo\", locale = \"en\")",
                "public interface DemoMsg {", "/** Search verdicts */\n    @Message\n    String plain();",
                "String by(String count, String name, String total);");
    }

    @Test
    void aDeclarationGivesTypesAndOrder() throws Exception {
        Run run = generate("""
                # params: int pages, long page
                position=Page {page} of {pages}
                # a section comment is no declaration
                title=Claim {id}
                """, 280);

        assertThat(run.exit()).isZero();
        assertThat(run.source()).contains("String position(int pages, long page);", "String title(String id);");
    }

    @Test
    void aDeclarationThatDisagreesWithTheTextStopsTheBuild() throws Exception {
        Run run = generate("""
                # params: Long id
                title=Claim {number}
                """, 280);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errors()).contains("title declares [id] but its text uses [number]");
        assertThat(Files.exists(output())).isFalse();
    }

    @Test
    void aBundleOverTheLimitStopsTheBuild() throws Exception {
        Run run = generate("a=A\nb=B\nc=C\n", 2);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errors()).contains("has 3 messages; keep a bundle at 2 or fewer");
    }

    @Test
    void theTextCannotEndTheJavadocOrStartATag() throws Exception {
        Run run = generate("odd=a */ b <b>&amp; @code \\u0041\n", 280);

        assertThat(run.exit()).as("escapes are refused").isEqualTo(1);
        run = generate("odd=a */ b <b>& @code\n", 280);
        assertThat(run.exit()).isZero();
        assertThat(run.source()).contains("/** a *&#47; b &lt;b&gt;&amp; &#64;code */");
    }

    record Run(int exit, String errors, String source) {
    }

    private Path output() {
        return dir.resolve("out/io/factdesk/demo/DemoMsg.java");
    }

    private Run generate(String properties, int max) throws IOException, InterruptedException {
        Path file = dir.resolve("demo.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), PROGRAM.toString(), file.toString(),
                dir.resolve("out").toString(), "io.factdesk.demo.DemoMsg", "demo", "en", Integer.toString(max)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String source = Files.exists(output()) ? Files.readString(output(), StandardCharsets.UTF_8) : "";
        return new Run(process.exitValue(), errors, source);
    }
}
