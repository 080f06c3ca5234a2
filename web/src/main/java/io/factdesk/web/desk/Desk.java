package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.claim.ClaimService;
import io.factdesk.verification.claim.DeskQueue;
import io.factdesk.verification.claim.QueueCounts;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.dashboard.DeskStatistics;
import io.factdesk.web.forms.PageNumbers;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;

/** The desk's start page (work queues with counts) and the dashboard. */
@Path("/desk")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class Desk {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, String queue, QueueCounts counts, Paged<Claim> claims);

        static native TemplateInstance dashboard(Actor me, DeskStatistics.Figures figures, VerdictTimeChart chart,
                List<DeskStatistics.AgeBucket> ages, long tipsTotal, long tipsMax);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    ClaimService claims;

    @Inject
    DeskStatistics statistics;

    @GET
    @Transactional
    public String index(@RestQuery String queue, @RestQuery String page) {
        Actor me = currentActor.get();
        DeskQueue selected = queue(queue);
        Paged<Claim> list = claims.queue(me, selected, new PageRequest(PageNumbers.of(page),
                PageRequest.DEFAULT_SIZE));
        return Templates.index(me, selected.name().toLowerCase(Locale.ROOT), claims.counts(me), list).render();
    }

    @GET
    @Path("dashboard")
    @Transactional
    public String dashboard() {
        Actor me = currentActor.get();
        DeskStatistics.Figures figures = statistics.figures(me);
        long tipsTotal = figures.tipsPerDay().stream().mapToLong(DeskStatistics.DayCount::count).sum();
        long tipsMax = figures.tipsPerDay().stream().mapToLong(DeskStatistics.DayCount::count).max().orElse(0);
        return Templates.dashboard(me, figures, VerdictTimeChart.of(figures.timeToVerdict()),
                List.of(DeskStatistics.AgeBucket.values()), tipsTotal, Math.max(tipsMax, 1)).render();
    }

    private static DeskQueue queue(String value) {
        if (value != null) {
            for (DeskQueue queue : DeskQueue.values()) {
                if (queue.name().equalsIgnoreCase(value)) {
                    return queue;
                }
            }
        }
        return DeskQueue.MINE;
    }
}
