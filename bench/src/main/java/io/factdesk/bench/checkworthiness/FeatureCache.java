package io.factdesk.bench.checkworthiness;

import io.factdesk.verification.checkworthiness.FeatureExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Keeps per-sentence feature rows (embeddings, cue values) of a list of sentences under
 * {@code bench/target/checkworthiness-features/}, named by a hash of what produced them and of the texts, so a
 * second training run or test skips the slow steps (the embedding model, OpenNLP's tagger). Never committed;
 * {@code mvn clean} removes it. A file of the wrong size is ignored and rewritten.
 */
final class FeatureCache {

    /** The classes whose code decides the cue values: a change to any of them misses the cache. */
    private static final List<String> CUE_PACKAGES = List.of("io/factdesk/verification/checkworthiness/Cue",
            "io/factdesk/verification/checkworthiness/FeatureExtractor",
            "io/factdesk/verification/checkworthiness/Lexicon",
            "io/factdesk/verification/checkworthiness/SentenceFeatures",
            "io/factdesk/verification/sourcing/", "io/factdesk/verification/ingestion/");

    private FeatureCache() {
    }

    /**
     * The rows of {@code texts} in order, from the cache when it holds them for {@code producer}, else computed.
     *
     * @param producer names what computes the rows (model and version, or a digest of the code)
     */
    static List<float[]> rows(String producer, List<String> texts, int width,
            Function<List<String>, List<float[]>> compute) {
        Path file = folder().resolve(key(producer, texts) + ".bin");
        List<float[]> cached = read(file, texts.size(), width);
        if (cached != null) {
            return cached;
        }
        List<float[]> rows = compute.apply(texts);
        write(file, rows);
        return rows;
    }

    /**
     * A digest of the compiled classes behind the cues (FeatureExtractor's jar or class folder): the cue classes,
     * the sourcing flags and the segmentation. Other changes to the scorer keep the cache.
     */
    static String cueCode() {
        try {
            Path location = Path.of(FeatureExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
                            .toList()) {
                        String name = location.relativize(f).toString().replace('\\', '/');
                        if (CUE_PACKAGES.stream().anyMatch(name::startsWith)) {
                            digest.update(name.getBytes(StandardCharsets.UTF_8));
                            digest.update(Files.readAllBytes(f));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> entries = jar.stream().filter(e -> CUE_PACKAGES.stream()
                            .anyMatch(p -> e.getName().startsWith(p)) && !e.isDirectory())
                            .sorted(Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry entry : entries) {
                        digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(entry)) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
            return "cues " + HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path folder() {
        return Datasets.projectRoot(Path.of("").toAbsolutePath()).resolve("bench/target/checkworthiness-features");
    }

    private static String key(String producer, List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(producer.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<float[]> read(Path file, int count, int width) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != 4L * count * width) {
                return null;
            }
            FloatBuffer floats = ByteBuffer.wrap(Files.readAllBytes(file)).asFloatBuffer();
            List<float[]> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] row = new float[width];
                floats.get(row);
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path file, List<float[]> rows) {
        try {
            Files.createDirectories(file.getParent());
            ByteBuffer bytes = ByteBuffer.allocate(rows.stream().mapToInt(r -> 4 * r.length).sum());
            for (float[] row : rows) {
                for (float x : row) {
                    bytes.putFloat(x);
                }
            }
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                out.write(bytes.array());
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
