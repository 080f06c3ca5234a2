package io.factdesk.verification.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.verification.publishing.VerdictSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, PageRequest.MAX_PAGE + 1, Integer.MAX_VALUE})
    void pagesOutsideTheRangeAreRefusedNamingThePage(int page) {
        assertThatThrownBy(() -> new PageRequest(page, 20)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("page"));
        assertThatThrownBy(() -> new VerdictSearch(null, null, null, null, null, null, page, 20))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("page"));
    }

    @Test
    void theDeepestOffsetStillFitsAndIsPositive() {
        assertThat(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).offset()).isEqualTo(999_900);
        assertThat(new VerdictSearch(null, null, null, null, null, null, PageRequest.MAX_PAGE, 100).offset())
                .isEqualTo(999_900);
    }
}
