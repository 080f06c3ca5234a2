package io.factdesk.verification.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.SeedArticles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataHeaderTest {

    @Test
    void readsDateAndHeadlineFromSeedHeader() {
        String text = TextNormaliser.normalise(SeedArticles.byNumber("002"));

        MetadataHeader header = MetadataHeader.parse(text).orElseThrow();

        assertThat(header.published()).isEqualTo(LocalDate.of(2025, 7, 4));
        assertThat(header.title()).isEqualTo(
                "Zelensky and Trump discuss air defense and joint drone production amid tensions with Russia");
        assertThat(text.substring(header.length())).startsWith("\nIn a pivotal conversation");
    }

    @Test
    void proseIsNotAHeader() {
        assertThat(MetadataHeader.parse("The date 2025-07-04 was a Friday.")).isEmpty();
        assertThat(MetadataHeader.parse(TextNormaliser.normalise(SeedArticles.byNumber("000")))).isEmpty();
    }
}
