package io.factdesk.api.keycloak;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Runs the application against a real Keycloak instead of the built-in OIDC Dev Services. */
public class KeycloakProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakServer.class));
    }
}
