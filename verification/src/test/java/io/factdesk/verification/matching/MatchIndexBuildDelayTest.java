package io.factdesk.verification.matching;

import static io.factdesk.verification.DatabaseFixtures.aPublishedVerdict;
import static io.factdesk.verification.DatabaseFixtures.anOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.core.organisation.Organisation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The matching index is built a while after start so that it does not slow the first pages; a matching request
 * that comes sooner starts the build itself instead of waiting out the delay.
 */
@QuarkusTest
@TestProfile(MatchIndexBuildDelayTest.LongBuildDelay.class)
class MatchIndexBuildDelayTest {

    public static class LongBuildDelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factdesk.matching.build-delay", "1H");
        }
    }

    @Inject
    ClaimMatcher matcher;

    @Test
    @Timeout(120) // without the request starting it, the build would wait the hour (and matching with it)
    void aMatchingRequestStartsTheBuildAtOnce() {
        Organisation desk = QuarkusTransaction.requiringNew().call(() -> anOrganisation("Delayed Desk"));
        long claimId = QuarkusTransaction.requiringNew()
                .call(() -> aPublishedVerdict(desk, "The lighthouse keeper counted forty thousand gulls.").id);

        assertThat(matcher.matches(desk.id, "A lighthouse keeper counted forty thousand gulls.", 3))
                .extracting(MatchSuggestion::claimId).contains(claimId);
    }
}
