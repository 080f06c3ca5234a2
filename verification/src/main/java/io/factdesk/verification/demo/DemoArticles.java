package io.factdesk.verification.demo;

import io.factdesk.core.article.Article;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.verification.article.ArticleImportService;
import io.factdesk.verification.ingestion.ContentType;
import io.factdesk.verification.article.ImportRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** The seed news articles shipped in core under {@code demo/articles/}: five in English, one in Ukrainian. */
@ApplicationScoped
public class DemoArticles {

    public static final List<String> FILES = List.of(
            "000_3b536b1a97ab85bb.txt",
            "001_c7fc002b1f254d63.txt",
            "002_c61e24e3129648bb.txt",
            "003_24ebec4603e8d0ce.txt",
            "004_6971a2327458b8a5.txt");

    /** A Ukrainian report on the same drone deal, written for the project (an anonymous source, a name spelled two ways). */
    public static final List<String> UKRAINIAN_FILES = List.of("uk/100_ukrainian_drone_deal.txt");

    @Inject
    ArticleImportService imports;

    /**
     * Imports the seed articles the organisation does not have yet, each analysed into scored and flagged
     * sentences; returns how many were new.
     */
    public int importSeedArticles(Organisation organisation, String importedBy) {
        int imported = 0;
        for (String file : Stream.concat(FILES.stream(), UKRAINIAN_FILES.stream()).toList()) {
            boolean present = QuarkusTransaction.joiningExisting().call(() -> Article.count(
                    "organisation = ?1 and sourceName = ?2", organisation, file) > 0);
            if (present) {
                continue;
            }
            // Analysed outside any transaction; the import stores it in its own short one.
            imports.importContent(organisation, read(file), ContentType.PLAIN_TEXT, ImportRequest.fromSource(file),
                    importedBy);
            imported++;
        }
        return imported;
    }

    public static String read(String file) {
        try (InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream("demo/articles/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing seed article " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
