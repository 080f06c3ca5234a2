package io.factdesk.bench.checkworthiness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the public training and development data lives: the system property {@code factdesk.datasets}, else the
 * environment variable {@code FACTDESK_DATASETS}, else {@code ../shared/datasets} next to the project root (the
 * nearest directory up from the working directory that holds {@code mvnw}, so module tests find it too).
 */
public final class Datasets {

    public static final String PROPERTY = "factdesk.datasets";
    public static final String VARIABLE = "FACTDESK_DATASETS";

    private Datasets() {
    }

    /** The configured or default location, whether or not it exists. */
    public static Path location() {
        String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path root = projectRoot(Path.of("").toAbsolutePath());
        return root.resolve("../shared/datasets").normalize();
    }

    /** The check-worthiness data folder, when present. */
    public static Optional<Path> checkWorthiness() {
        Path datasets = location();
        return Files.isDirectory(datasets.resolve(CheckThatSplit.FOLDER)) ? Optional.of(datasets) : Optional.empty();
    }

    /** The project root: the nearest directory up from {@code from} with the Maven wrapper in it. */
    public static Path projectRoot(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("verification"))) {
                return dir;
            }
        }
        return from;
    }
}
