package io.factdesk.verification;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared datasets are: train and dev splits next to the project, never copied into it. */
public final class SharedDatasets {

    /** Names the folder holding the shared datasets, when it is not {@code ../shared/datasets}. */
    public static final String PROPERTY = "factdesk.datasets";

    private SharedDatasets() {
    }

    /** The shared datasets folder: the system property, else ../shared/datasets next to the project root. */
    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir.getParent() != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir.resolve("..").resolve("shared").resolve("datasets").normalize();
    }
}
