package io.factdesk.verification.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factdesk.verification.common.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<FactCheckRow> rows = CsvReader.read("\uFEFFClaim,Rating,Claim Date\r\n"
                + "\"He said \"\"no\"\", then yes, twice\",False,2024-02-03\r\n"
                + "\"Two\nlines\",True,\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).claimText()).isEqualTo("He said \"no\", then yes, twice");
        assertThat(rows.get(0).claimDate()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(rows.get(1).claimText()).isEqualTo("Two\nlines");
        assertThat(rows.get(1).rowNumber()).isEqualTo(2);
    }

    @Test
    void rowsWithBadValuesAreReportedNotThrown() {
        List<FactCheckRow> rows = CsvReader.read("claim,rating,rating_value\nx,False,high\n");
        assertThat(rows.get(0).problem()).contains("rating_value");
    }

    @Test
    void fileWithoutTheRequiredColumnsIsRefused() {
        assertThatThrownBy(() -> CsvReader.read("title,verdict\na,b\n")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CsvReader.read("claim,rating\n\"open")).isInstanceOf(InvalidInput.class);
    }
}
