package io.factdesk.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five seed articles shipped as demo data in core, read from the classpath as the app reads them. */
public final class SeedArticles {

    public static final List<String> FILES = List.of(
            "000_3b536b1a97ab85bb.txt", "001_c7fc002b1f254d63.txt", "002_c61e24e3129648bb.txt",
            "003_24ebec4603e8d0ce.txt", "004_6971a2327458b8a5.txt");

    private SeedArticles() {
    }

    public static String read(String file) {
        try (InputStream in = SeedArticles.class.getClassLoader().getResourceAsStream("demo/articles/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Seed article missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article whose file name starts with the given number, e.g. {@code "003"}. */
    public static String byNumber(String number) {
        return read(FILES.stream().filter(f -> f.startsWith(number)).findFirst().orElseThrow());
    }
}
