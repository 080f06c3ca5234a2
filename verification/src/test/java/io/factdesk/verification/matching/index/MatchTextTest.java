package io.factdesk.verification.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchTextTest {

    @Test
    void linksAreDroppedWordsAreKeptAndAGluedLinkIsCutOff() {
        assertThat(MatchText.clean("CBC deletes Trump #DefundTheCBChttps://t.co/CsHG8R9cHp and https://x.example/a "
                + "www.example.org pic.twitter.com/0eJtwJyS1J done"))
                .isEqualTo("CBC deletes Trump Defund The CBC and done");
    }

    @Test
    void hashtagsAndMentionsAreSplitIntoTheirWords() {
        assertThat(MatchText.clean("How are butterflies surviving the #AustralianFires? @realDonaldTrump #COVID19 "
                + "#fake_news"))
                .isEqualTo("How are butterflies surviving the Australian Fires? real Donald Trump COVID 19 fake news");
    }

    @Test
    void htmlEntitiesAreDecodedAndTheSignatureOfAPostIsKept() {
        assertThat(MatchText.clean("Salt &amp; vinegar &quot;cures&quot;\n it — Jane Doe (@janedoe) May 1, 2020"))
                .isEqualTo("Salt & vinegar \"cures\" it — Jane Doe (@janedoe) May 1, 2020");
    }

    @Test
    void aBareMarkIsKeptAndBlankTextBecomesEmpty() {
        assertThat(MatchText.clean("# @ a")).isEqualTo("# @ a");
        assertThat(MatchText.clean("  \n ")).isEmpty();
    }
}
