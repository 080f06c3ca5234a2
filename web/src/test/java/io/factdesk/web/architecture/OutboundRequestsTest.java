package io.factdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outbound HTTP goes through the guarded client (verification.net) only: it is where internal addresses are
 * refused, redirects re-checked and the checked address pinned. Any other HTTP client, socket or URL connection
 * in production code would bypass all three.
 */
class OutboundRequestsTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.factdesk");
    }

    /** Production code other than verification.net uses no HTTP client, socket or URL connection of its own. */
    static final ArchRule ONLY_THE_GUARDED_CLIENT = noClasses().that()
            .resideOutsideOfPackage("io.factdesk.verification.net..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.apache.hc..",
                    "org.apache.http..", "jakarta.ws.rs.client..", "org.eclipse.microprofile.rest.client..",
                    "io.vertx.ext.web.client..", "io.vertx.mutiny.ext.web.client..", "okhttp3..")
            .orShould().dependOnClassesThat().areAssignableTo(URLConnection.class)
            .orShould().dependOnClassesThat().areAssignableTo(Socket.class)
            .orShould().dependOnClassesThat().areAssignableTo(io.vertx.core.http.HttpClient.class)
            .orShould().dependOnClassesThat().areAssignableTo(io.vertx.core.net.NetClient.class)
            .orShould().callMethod(URL.class, "openConnection")
            .orShould().callMethod(URL.class, "openStream")
            .because("outbound requests must go through io.factdesk.verification.net.GuardedHttpClient");

    @Test
    void onlyTheGuardedClientOpensOutboundConnections() {
        ONLY_THE_GUARDED_CLIENT.check(classes);
    }

    @Test
    void theRuleCatchesADirectHttpClient() {
        JavaClasses violating = new ClassFileImporter().importClasses(DirectClient.class);

        assertThatThrownBy(() -> ONLY_THE_GUARDED_CLIENT.check(violating)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.net.http.HttpClient");
    }

    /** What the rule exists to stop. */
    static final class DirectClient {
        Object open() {
            return java.net.http.HttpClient.newHttpClient();
        }
    }
}
