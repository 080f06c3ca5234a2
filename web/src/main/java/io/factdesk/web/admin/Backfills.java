package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.claim.EmbeddingBackfill;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.embedding.SentenceEmbeddings;
import io.factdesk.verification.matching.EmbeddingBackfills;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Re-embedding the organisation's claims for claim matching: how many claims still lack an embedding by the
 * current model, the recent backfill jobs with their progress, and a form that starts one (it runs in the
 * background; the page is reloaded to follow it). Admins only, like the other settings pages.
 */
@Path("/desk/admin/embedding-backfills")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class Backfills {

    static final String PATH = "/desk/admin/embedding-backfills";
    private static final int SHOWN = 20;

    /** One job as the page shows it; {@code percent} is its progress, 0–100. */
    public record Row(EmbeddingBackfill job, int percent) {
        static Row of(EmbeddingBackfill job) {
            int percent = job.totalRows == 0 ? 100 : (int) Math.min(100, 100L * job.processedRows / job.totalRows);
            return new Row(job, percent);
        }

        public boolean running() {
            return job.status == EmbeddingBackfill.Status.RUNNING;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, String model, long pending, List<Row> jobs, Long started);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    EmbeddingBackfills backfills;

    @GET
    public String index(@RestQuery String started) {
        Actor me = currentActor.get();
        List<Row> jobs = backfills.list(me, new PageRequest(1, SHOWN)).items().stream().map(Row::of).toList();
        return Templates.index(me, SentenceEmbeddings.MODEL + " " + SentenceEmbeddings.VERSION, backfills.pending(me),
                jobs, startedId(started)).render();
    }

    @POST
    public Response start() {
        EmbeddingBackfill job = backfills.start(currentActor.get());
        return Response.seeOther(URI.create(PATH + "?started=" + job.id)).build();
    }

    private static Long startedId(String started) {
        try {
            return started == null || started.isBlank() || started.length() > 19 ? null : Long.valueOf(started.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
