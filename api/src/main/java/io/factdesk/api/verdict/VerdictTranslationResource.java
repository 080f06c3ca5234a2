package io.factdesk.api.verdict;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.api.support.Roles;
import io.factdesk.verification.publishing.Translation;
import io.factdesk.verification.verdict.VerdictRevisions;
import io.factdesk.verification.verdict.VerdictTranslations;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A verdict and its translations: the same claim checked in another language. */
@Path("/api/v1/verdicts/{id}")
@Tag(name = "Verdicts")
@Produces(MediaType.APPLICATION_JSON)
public class VerdictTranslationResource {

    /** The verdict a translation translates. */
    public record TranslationOfRequest(@NotNull Long verdictId) {
    }

    @Inject
    VerdictTranslations translations;

    @Inject
    VerdictRevisions revisions;

    @Inject
    CurrentActor actor;

    @GET
    @Path("translations")
    @PermitAll
    @Operation(summary = "A verdict's translations", description = "Public. The verdicts linked to this one as "
            + "translations, either way: slug, language (ISO 639-1), the language's own name and the headline.")
    public List<Translation> list(@PathParam("id") long id) {
        return translations.of(revisions.slugOf(id));
    }

    @PUT
    @Path("translation-of")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Link a verdict as a translation", description = "Role: editor. Marks this verdict as the "
            + "translation of another verdict of the organisation (body: verdictId). 409 when both are in the same "
            + "language or the other is itself a translation; 404 for verdicts of other organisations. 204.")
    public void link(@PathParam("id") long id, @Valid @NotNull TranslationOfRequest request) {
        translations.link(actor.get(), id, request.verdictId());
    }

    @DELETE
    @Path("translation-of")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Unlink a translation", description = "Role: editor. 204, also when there was no link.")
    public void unlink(@PathParam("id") long id) {
        translations.unlink(actor.get(), id);
    }
}
