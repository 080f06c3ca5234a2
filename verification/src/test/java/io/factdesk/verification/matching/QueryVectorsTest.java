package io.factdesk.verification.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryVectorsTest {

    @Test
    void aTextWrittenMostlyInCyrillicIsMatchedByItsWordsAlone() {
        assertThat(QueryVectors.of("Зеленський купив віллу в Італії за 2024 рік (Reuters).")).isNull();
        assertThat(QueryVectors.of("Zelensky bought a villa in Italy, says «Українська правда».")).isNotEmpty();
    }
}
