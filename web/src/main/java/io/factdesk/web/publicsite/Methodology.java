package io.factdesk.web.publicsite;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.rating.Rating;
import io.factdesk.web.caching.PublicCaching;
import io.factdesk.web.support.PageLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** How each organisation rates claims: its rating scale with descriptions and its review policies. */
@Path("/methodology")
@PermitAll
public class Methodology {

    /** One organisation's published methodology. */
    public record OrganisationMethodology(Organisation organisation, List<Rating> scale) {
    }

    @CheckedTemplate
    static class Templates {
        /** @param language the page's language: each rating's label and description are shown in it */
        static native TemplateInstance index(List<OrganisationMethodology> organisations, String language);
    }

    @Inject
    PublicCaching caching;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response index(@Context Request request) {
        List<OrganisationMethodology> organisations = Organisation.<Organisation>list("order by name").stream()
                .map(org -> new OrganisationMethodology(org, Rating.scaleOf(org))).toList();
        return caching.byContent(request, Templates.index(organisations, PageLanguage.currentCode()).render(), MediaType.TEXT_HTML);
    }
}
