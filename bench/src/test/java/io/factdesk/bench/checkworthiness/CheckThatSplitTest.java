package io.factdesk.bench.checkworthiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckThatSplitTest {

    @Test
    void readsQuotedFieldsAndCrlfLines() {
        List<CheckThatSplit.Row> rows = CheckThatSplit.parse("Sentence_id\tText\tclass_label\r\n"
                + "26\t\"You know, I saw a movie - \"\"Crocodile Dundee.\"\"\"\tNo\r\n"
                + "80\tWe're consuming 50 percent of the world's cocaine.\tYes\r\n");

        assertThat(rows).containsExactly(
                new CheckThatSplit.Row("26", "You know, I saw a movie - \"Crocodile Dundee.\"", false),
                new CheckThatSplit.Row("80", "We're consuming 50 percent of the world's cocaine.", true));
    }

    @Test
    void splitsTheTwoRecordsJoinedOnOneLineOfTheTrainSplit() {
        List<CheckThatSplit.Row> rows = CheckThatSplit.parse("Sentence_id\tText\tclass_label\n"
                + "24098\tWe've got to invest and grow.\tNo29286\tYou can't bring back jobs.\tNo\n");

        assertThat(rows).containsExactly(new CheckThatSplit.Row("24098", "We've got to invest and grow.", false),
                new CheckThatSplit.Row("29286", "You can't bring back jobs.", false));
    }

    @Test
    void refusesAnUnknownLabel() {
        assertThatThrownBy(() -> CheckThatSplit.parse("Sentence_id\tText\tclass_label\n1\tText\tMaybe\n"))
                .hasMessageContaining("Maybe");
    }
}
