package io.factdesk.web.publicsite;

import io.factdesk.verification.publishing.PublishedVerdicts;
import io.factdesk.verification.publishing.VerdictSummary;
import io.factdesk.web.caching.PublicCaching;
import io.factdesk.web.caching.RecentVersions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** The public home page: the latest verdicts of all organisations. */
@Path("/")
@PermitAll
public class Home {

    static final int LATEST = 12;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<VerdictSummary> verdicts);
    }

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    PublicCaching caching;

    @Inject
    RecentVersions versions;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response index(@Context Request request) {
        Instant changed = versions.lastChange("verdicts", verdicts::lastChange).orElse(Instant.EPOCH);
        return caching.byVersion(request, "verdicts", "home|" + changed, changed, MediaType.TEXT_HTML,
                () -> Templates.index(verdicts.latest(LATEST)));
    }
}
