package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.claim.Tag;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.finding.Tags;
import io.factdesk.web.errors.DeskErrors;
import io.factdesk.web.forms.Forms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/** Putting tags on a claim and taking them off, from the claim page (reviewers and editors). */
@Path("/desk/claims/{id: [0-9]+}/tags")
@RolesAllowed({"reviewer", "editor"})
@Produces(MediaType.TEXT_HTML)
public class ClaimTags {

    @Inject
    CurrentActor currentActor;

    @Inject
    Tags tags;

    /**
     * A reload or bookmark of a tag form's address shows the claim page the forms live on. (JAX-RS answers a GET
     * here with 404, not 405, so the error pages' redirect to the enclosing page never sees it.)
     */
    @GET
    public Response page(@PathParam("id") long id) {
        return Response.seeOther(URI.create("/desk/claims/" + id)).build();
    }

    @GET
    @Path("{tagId}/remove")
    public Response removePage(@PathParam("id") long id) {
        return page(id);
    }

    @POST
    public Response add(@PathParam("id") long id, @RestForm String tag) {
        if (Forms.clean(tag) == null || tag.length() > Tag.MAX_NAME) {
            return Claims.seeOther(id, "tag-invalid");
        }
        try {
            tags.add(currentActor.get(), id, tag);
        } catch (InvalidInput e) {
            return Claims.seeOther(id, "tag-invalid");
        } catch (RuntimeException e) {
            DeskErrors.messageOf(e);
            throw e;
        }
        return Claims.seeOther(id, "tagged");
    }

    @POST
    @Path("{tagId}/remove")
    public Response remove(@PathParam("id") long id, @PathParam("tagId") long tagId) {
        try {
            tags.remove(currentActor.get(), id, tagId);
        } catch (RuntimeException e) {
            DeskErrors.messageOf(e);
            throw e;
        }
        return Claims.seeOther(id, "untagged");
    }
}
