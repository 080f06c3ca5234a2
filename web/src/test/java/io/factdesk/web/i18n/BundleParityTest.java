package io.factdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle exists in every interface language with the same keys: each {@code messages/*.properties}
 * of the web module (bundles added later included, found by listing the directory), and each other bundle of any
 * module that has a translation ({@code mails.properties} next to {@code mails_uk.properties}, …).
 */
class BundleParityTest {

    static final List<String> TRANSLATIONS = List.of("uk");

    static final Path ROOT = Paths.get("..");

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
        Map<Path, Set<String>> bundles = bundles();
        assertThat(bundles).as("bundles found").isNotEmpty();
        assertThat(bundles.keySet()).as("the web module's bundles")
                .anyMatch(p -> p.endsWith(Paths.get("messages", "msg.properties")));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, Set<String>> bundle : bundles.entrySet()) {
            for (String language : TRANSLATIONS) {
                Path translated = translation(bundle.getKey(), language);
                if (!Files.exists(translated)) {
                    problems.add(ROOT.relativize(translated) + " is missing");
                    continue;
                }
                Set<String> keys = keys(translated);
                Set<String> missing = new TreeSet<>(bundle.getValue());
                missing.removeAll(keys);
                Set<String> extra = new TreeSet<>(keys);
                extra.removeAll(bundle.getValue());
                if (!missing.isEmpty()) {
                    problems.add(ROOT.relativize(translated) + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(ROOT.relativize(translated) + " has keys the default lacks: " + extra);
                }
                keys.stream().filter(key -> value(translated, key).isBlank())
                        .forEach(key -> problems.add(ROOT.relativize(translated) + " leaves " + key + " empty"));
            }
        }
        assertThat(problems).as("bundle parity").isEmpty();
    }

    @Test
    void aMissingKeyIsCaught() throws IOException {
        Path dir = Files.createTempDirectory("bundles");
        Files.writeString(dir.resolve("demo.properties"), "a=A\nb=B\n");
        Files.writeString(dir.resolve("demo_uk.properties"), "a=А\n");
        Set<String> missing = new TreeSet<>(keys(dir.resolve("demo.properties")));
        missing.removeAll(keys(translation(dir.resolve("demo.properties"), "uk")));
        assertThat(missing).containsExactly("b");
    }

    /** Default bundles: everything in a {@code messages} folder, elsewhere a file that has a translated twin. */
    static Map<Path, Set<String>> bundles() throws IOException {
        Map<Path, Set<String>> bundles = new TreeMap<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/resources"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/resources"))) {
                    for (Path file : files.filter(BundleParityTest::isDefaultBundle).toList()) {
                        bundles.put(file, keys(file));
                    }
                }
            }
        }
        return bundles;
    }

    static boolean isDefaultBundle(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".properties") || name.startsWith("application")
                || TRANSLATIONS.stream().anyMatch(l -> name.endsWith("_" + l + ".properties"))) {
            return false;
        }
        boolean inMessages = file.getParent().getFileName().toString().equals("messages");
        return inMessages || TRANSLATIONS.stream().anyMatch(l -> Files.exists(translation(file, l)));
    }

    static Path translation(Path bundle, String language) {
        String name = bundle.getFileName().toString();
        return bundle.resolveSibling(name.substring(0, name.length() - ".properties".length()) + "_" + language
                + ".properties");
    }

    static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static String value(Path file, String key) {
        try {
            return load(file).getProperty(key, "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
