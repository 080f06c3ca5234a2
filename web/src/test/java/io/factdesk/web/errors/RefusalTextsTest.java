package io.factdesk.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.verification.common.Refused;
import io.factdesk.verification.workflow.EvidenceShortfall;
import io.factdesk.verification.workflow.Refusal;
import io.factdesk.verification.workflow.RefusalReason;
import io.factdesk.verification.workflow.Transition;
import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every refusal of the workflow has words in the refusals bundle, in English and in Ukrainian. */
class RefusalTextsTest {

    private static final Map<String, Integer> MESSAGES = Arrays.stream(RefusalBundle.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(Message.class))
            .collect(Collectors.toMap(Method::getName, Method::getParameterCount));

    @Test
    void everyWorkflowRefusalHasAMessageTakingItsArguments() {
        for (RefusalReason reason : RefusalReason.values()) {
            EvidenceShortfall shortfall = reason == RefusalReason.MINIMUM_EVIDENCE
                    ? new EvidenceShortfall(2, 2, 1, 1) : null;
            Refused refused = new Refusal(reason, null, shortfall).toException(Transition.SUBMIT_REVIEW);

            assertThat(MESSAGES).as(reason.name()).containsEntry(refused.messageKey(), refused.arguments().size());
        }
    }

    @Test
    void englishAndUkrainianHaveExactlyTheBundlesMessages() throws IOException {
        assertThat(keys("messages/refusals.properties")).isEqualTo(MESSAGES.keySet());
        assertThat(keys("messages/refusals_uk.properties")).isEqualTo(MESSAGES.keySet());
    }

    private static java.util.Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
