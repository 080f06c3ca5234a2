package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.claim.SavedFilter;
import io.factdesk.core.claim.Tag;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.finding.BulkActions;
import io.factdesk.verification.finding.BulkOutcome;
import io.factdesk.verification.finding.ClaimQuery;
import io.factdesk.verification.finding.ClaimRow;
import io.factdesk.verification.finding.ClaimSearch;
import io.factdesk.verification.finding.SavedFilters;
import io.factdesk.verification.finding.Tags;
import io.factdesk.web.errors.RefusalTexts;
import io.factdesk.web.forms.FieldLimits;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.forms.PageNumbers;
import io.factdesk.web.support.FindMsg;
import io.factdesk.web.support.PageLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The desk's list of every claim of the organisation, in any state, with search filters (all GET parameters, so
 * a filtered list can be reloaded and bookmarked), saved filters and bulk actions on selected rows. Bulk actions
 * and saving are form POSTs that answer 303 back to the same filtered list, with what happened in its address.
 */
@Path("/desk/claims")
@RolesAllowed({"reviewer", "editor"})
@Produces(MediaType.TEXT_HTML)
public class ClaimLists {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ClaimListPage page);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    ClaimSearch search;

    @Inject
    Tags tags;

    @Inject
    SavedFilters savedFilters;

    @Inject
    BulkActions bulk;

    @GET
    @Transactional
    public Response index(@RestQuery String q, @RestQuery String claimant, @RestQuery String state,
            @RestQuery String assignee, @RestQuery String rating, @RestQuery String from, @RestQuery String to,
            @RestQuery String tag, @RestQuery String sort, @RestQuery String page, @RestQuery String done,
            @RestQuery String count, @RestQuery List<String> refused, @RestQuery String problem) {
        Actor me = currentActor.get();
        Map<String, String> form = Forms.values("q", q, "claimant", claimant, "state", state, "assignee", assignee,
                "rating", rating, "from", from, "to", to, "tag", tag, "sort", sort);
        FindMsg msg = PageLanguage.bundle(FindMsg.class);
        Paged<ClaimRow> results = null;
        String query = "";
        Map<String, String> errors = new LinkedHashMap<>();
        String previous = null;
        String next = null;
        try {
            ClaimQuery parsed = ClaimQuery.parse(q, claimant, state, assignee, rating, from, to, tag, sort);
            query = parsed.queryString();
            int number = PageNumbers.of(page);
            results = search.search(me, parsed, new PageRequest(number, PageRequest.DEFAULT_SIZE));
            String base = "/desk/claims?" + (query.isEmpty() ? "" : query + "&") + "page=";
            previous = number > 1 ? base + (number - 1) : null;
            next = (long) number * results.size() < results.total() ? base + (number + 1) : null;
        } catch (InvalidInput e) {
            errors.put(e.field(), msg.invalid(RefusalTexts.of(e)));
        }
        ClaimListPage view = new ClaimListPage(me, form, errors, results, query, Tag.ofOrganisation(me.organisation()),
                Rating.scaleOf(me.organisation()),
                OrganisationMember.list("organisation = ?1 order by displayName", me.organisation()),
                SavedFilter.of(me.organisation(), me.username()), notice(msg, done, count),
                refusals(msg, refused), problem(msg, problem), previous, next);
        return Response.status(errors.isEmpty() ? 200 : 400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.index(view).render()).build();
    }

    @POST
    @Path("bulk/assign")
    @RolesAllowed("editor")
    public Response assign(@RestForm("claim") List<String> claims, @RestForm String assignee,
            @BeanParam FilterForm filter) {
        String back = filter.back();
        if (Forms.clean(assignee) == null || assignee.length() > FieldLimits.of("assignee")) {
            return problem(back, "assignee");
        }
        return act(back, "assigned", claims, ids -> bulk.assign(currentActor.get(), ids, assignee.strip()));
    }

    @POST
    @Path("bulk/dismiss")
    @RolesAllowed("editor")
    public Response dismiss(@RestForm("claim") List<String> claims, @RestForm String reason,
            @BeanParam FilterForm filter) {
        String back = filter.back();
        if (Forms.clean(reason) == null || reason.length() > FieldLimits.of("dismiss-reason")) {
            return problem(back, "reason");
        }
        return act(back, "dismissed", claims, ids -> bulk.dismiss(currentActor.get(), ids, reason.strip()));
    }

    @POST
    @Path("bulk/tag")
    @RolesAllowed({"reviewer", "editor"})
    public Response tag(@RestForm("claim") List<String> claims, @RestForm("new-tag") String newTag,
            @BeanParam FilterForm filter) {
        String back = filter.back();
        if (Forms.clean(newTag) == null || newTag.length() > Tag.MAX_NAME) {
            return problem(back, "tag");
        }
        return act(back, "tagged", claims, ids -> bulk.tag(currentActor.get(), ids, newTag));
    }

    @POST
    @Path("filters")
    public Response saveFilter(@RestForm String name, @BeanParam FilterForm filter) {
        String back = filter.back();
        if (Forms.clean(name) == null || name.length() > SavedFilter.MAX_NAME) {
            return problem(back, "name");
        }
        ClaimQuery query;
        try {
            query = filter.query();
        } catch (InvalidInput e) {
            return problem("", "filter");
        }
        savedFilters.save(currentActor.get(), name, query);
        return seeOther(back, "done=saved");
    }

    @POST
    @Path("filters/{filterId}/remove")
    public Response removeFilter(@PathParam("filterId") long filterId) {
        savedFilters.delete(currentActor.get(), filterId);
        return seeOther("", "done=filter-removed");
    }

    private interface BulkCall {
        BulkOutcome apply(List<Long> ids);
    }

    private Response act(String back, String done, List<String> claims, BulkCall call) {
        List<Long> ids = ids(claims);
        if (ids.isEmpty()) {
            return problem(back, "none-selected");
        }
        if (ids.size() > BulkActions.MAX_CLAIMS) {
            return problem(back, "too-many");
        }
        BulkOutcome outcome = call.apply(ids);
        StringBuilder result = new StringBuilder("done=" + done + "&count=" + outcome.done());
        outcome.refused().forEach(r -> result.append("&refused=").append(r.claimId()).append(':').append(r.reason()));
        return seeOther(back, result.toString());
    }

    private static List<Long> ids(List<String> claims) {
        List<Long> ids = new ArrayList<>();
        if (claims == null) {
            return ids;
        }
        for (String claim : claims.subList(0, Math.min(claims.size(), BulkActions.MAX_CLAIMS + 1))) {
            try {
                ids.add(Long.parseLong(claim.strip()));
            } catch (NumberFormatException e) {
                // not a claim id: ignored, like an unticked box
            }
        }
        return ids;
    }

    private static Response problem(String back, String problem) {
        return seeOther(back, "problem=" + problem);
    }

    private static Response seeOther(String back, String result) {
        return Response.seeOther(URI.create("/desk/claims?" + (back.isEmpty() ? "" : back + "&") + result)).build();
    }

    private static String notice(FindMsg msg, String done, String count) {
        if (done == null) {
            return null;
        }
        int n = count(count);
        return switch (done) {
            case "assigned" -> msg.done_assigned(n);
            case "dismissed" -> msg.done_dismissed(n);
            case "tagged" -> msg.done_tagged(n);
            case "saved" -> msg.done_saved();
            case "filter-removed" -> msg.done_filter_removed();
            default -> null;
        };
    }

    private static List<String> refusals(FindMsg msg, List<String> refused) {
        List<String> lines = new ArrayList<>();
        if (refused == null) {
            return lines;
        }
        for (String item : refused.subList(0, Math.min(refused.size(), BulkActions.MAX_CLAIMS))) {
            int colon = item.indexOf(':');
            if (colon < 1 || item.length() > 60) {
                continue;
            }
            try {
                long id = Long.parseLong(item.substring(0, colon));
                lines.add(msg.refused_claim(id, RefusalWords.of(msg, item.substring(colon + 1))));
            } catch (NumberFormatException e) {
                // not one of ours: left out
            }
        }
        return lines;
    }

    private static String problem(FindMsg msg, String problem) {
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case "none-selected" -> msg.problem_none_selected();
            case "too-many" -> msg.problem_too_many(BulkActions.MAX_CLAIMS);
            case "assignee" -> msg.problem_assignee();
            case "reason" -> msg.problem_reason();
            case "tag" -> msg.problem_tag(Tag.MAX_NAME);
            case "name" -> msg.problem_name(SavedFilter.MAX_NAME);
            case "filter" -> msg.problem_filter();
            default -> null;
        };
    }

    private static int count(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
