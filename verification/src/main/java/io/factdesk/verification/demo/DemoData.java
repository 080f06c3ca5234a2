package io.factdesk.verification.demo;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.DefaultRatingScale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Seeds the demo organisations, their staff, the five seed articles and claims from them taken through the review
 * workflow ({@link DemoVerdicts}) on start-up (dev mode and tests by default).
 * Idempotent: everything is looked up by its natural key first, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoData {

    public static final String DEMO_ORGANISATION = "factdesk-demo";
    public static final String OTHER_ORGANISATION = "northern-checks";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /**
     * Demo logins: username, display name, organisation slug, staff roles (the same as the demo identity
     * provider's, so the admins can change them on the staff page).
     */
    private static final List<String[]> STAFF = List.of(
            new String[] {"reviewer", "Rita Reviewer", DEMO_ORGANISATION, "reviewer"},
            new String[] {"reviewer2", "Raj Reviewer", DEMO_ORGANISATION, "reviewer"},
            new String[] {"editor", "Emma Editor", DEMO_ORGANISATION, "reviewer,editor"},
            new String[] {"editor2", "Eli Editor", DEMO_ORGANISATION, "reviewer,editor"},
            new String[] {"editor3", "Erin Editor", DEMO_ORGANISATION, "reviewer,editor"},
            new String[] {"admin", "Ada Admin", DEMO_ORGANISATION, "reviewer,editor,admin"},
            new String[] {"outsider", "Olga Outsider", OTHER_ORGANISATION, "reviewer,editor"});

    @Inject
    DemoConfig config;

    @Inject
    DemoArticles articles;

    @Inject
    DemoVerdicts verdicts;

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            seed();
        }
    }

    /** Seeds the organisations and staff in one transaction, then the articles, each analysed outside it. */
    public void seed() {
        Organisation demo = QuarkusTransaction.requiringNew().call(() -> {
            Organisation created = organisation(DEMO_ORGANISATION, "Factdesk Demo Desk");
            organisation(OTHER_ORGANISATION, "Northern Checks");
            for (String[] member : STAFF) {
                member(member[0], member[1], Organisation.findBySlug(member[2]).orElseThrow(), member[3]);
            }
            return created;
        });
        int imported = articles.importSeedArticles(demo, "admin");
        int claims = verdicts.seed(demo);
        LOG.infof("Demo data ready: organisation %s, %d staff, %d new seed articles, %d new demo claims", demo.slug,
                STAFF.size(), imported, claims);
    }

    private static Organisation organisation(String slug, String name) {
        Organisation organisation = Organisation.findBySlug(slug).orElseGet(() -> {
            Organisation created = new Organisation();
            created.slug = slug;
            created.name = name;
            created.description = name + " checks claims made by politicians and the media.";
            created.persist();
            return created;
        });
        DefaultRatingScale.seed(organisation);
        return organisation;
    }

    private static void member(String username, String displayName, Organisation organisation, String roles) {
        if (OrganisationMember.findByUsername(username).isPresent()) {
            return;
        }
        OrganisationMember member = new OrganisationMember();
        member.username = username;
        member.displayName = displayName;
        member.organisation = organisation;
        member.roles = roles;
        member.persist();
    }
}
