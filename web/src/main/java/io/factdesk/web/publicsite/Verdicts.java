package io.factdesk.web.publicsite;

import io.factdesk.verification.publishing.FilterChoices;
import io.factdesk.verification.publishing.PublishedVerdicts;
import io.factdesk.verification.publishing.ResultPage;
import io.factdesk.verification.publishing.VerdictPage;
import io.factdesk.verification.publishing.VerdictSearch;
import io.factdesk.verification.publishing.VerdictSummary;
import io.factdesk.verification.common.NotFound;
import io.factdesk.verification.publishing.Translation;
import io.factdesk.web.caching.PublicCaching;
import io.factdesk.web.caching.RecentVersions;
import io.factdesk.web.caching.StoredVerdictPages;
import io.factdesk.verification.publishing.StoredPages.StoredPage;
import io.factdesk.web.forms.PageNumbers;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.resteasy.reactive.RestQuery;

/** Published verdicts: one per stable, readable URL, and the search over all of them. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class Verdicts {

    /** Longest search text or filter accepted, in characters. */
    static final int MAX_QUERY = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(VerdictPage page, String claimReviewJson, String url,
                List<Translation> translations);

        static native TemplateInstance revision(VerdictPage page, String url);

        static native TemplateInstance search(SearchForm form, ResultPage<VerdictSummary> results,
                FilterChoices choices, String previousUrl, String nextUrl);
    }

    /** The search form as the reader filled it in (kept as typed, also when a date is invalid). */
    public record SearchForm(String q, String rating, String organisation, String claimant, String from, String to,
            String dateError, String language) {
    }

    @Inject
    PublishedVerdicts verdicts;

    @Inject
    PublicCaching caching;

    @Inject
    RecentVersions versions;

    @Inject
    ClaimReviewJsonLd claimReview;

    @Inject
    StoredVerdictPages stored;

    @GET
    @Path("verdicts/{slug}")
    public Response show(@PathParam("slug") String slug, @Context Request request, @Context UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        if (!stored.applies(query)) {
            Instant changed = versions.lastChange("verdict|" + slug, () -> verdicts.lastChange(slug))
                    .orElseThrow(() -> new NotFound("verdict", slug));
            // The language links keep the query, so a page asked for with one is kept apart from the plain page.
            String version = "verdict|" + slug + "|" + changed + (query == null ? "" : "|" + query);
            return caching.byVersion(request, "verdict|" + slug, version, changed,
                    MediaType.TEXT_HTML, () -> render(slug, uri.getBaseUriBuilder().path("verdicts").path(slug)
                            .build().toString()));
        }
        // The version and the stored page in one statement; the page is used when it shows that version.
        AtomicReference<StoredPage> read = new AtomicReference<>();
        Instant changed = versions.lastChange("verdict|" + slug, () -> {
            Optional<StoredPage> found = stored.find(slug);
            found.ifPresent(read::set);
            return found.map(StoredPage::version);
        }).orElseThrow(() -> new NotFound("verdict", slug));
        return caching.byVersionText(request, "verdict|" + slug, "verdict|" + slug + "|" + changed, changed,
                MediaType.TEXT_HTML, () -> stored.page(slug, changed, read.get(),
                        origin -> render(slug, origin + "/verdicts/" + slug).render()));
    }

    private TemplateInstance render(String slug, String url) {
        var found = verdicts.withClaimReview(slug).orElseThrow(() -> new NotFound("verdict", slug));
        return Templates.show(found.page(), claimReview.of(found.claimReview()), url, found.translations());
    }

    /**
     * An earlier (or the current) published revision, from its approved snapshot. It carries no ClaimReview and
     * names the verdict's own page as canonical: search engines should show the current rating, not an old one.
     */
    @GET
    @Path("verdicts/{slug}/revisions/{revision}")
    public Response revision(@PathParam("slug") String slug, @PathParam("revision") String revision,
            @Context Request request, @Context UriInfo uri) {
        int number = revisionNumber(revision);
        Instant changed = versions.lastChange("verdict|" + slug, () -> verdicts.lastChange(slug))
                .orElseThrow(() -> new NotFound("verdict", slug));
        return caching.byVersion(request, null, "revision|" + slug + "|" + number + "|" + changed, changed,
                MediaType.TEXT_HTML, () -> {
                    VerdictPage page = verdicts.revision(slug, number)
                            .orElseThrow(() -> new NotFound("revision " + number + " of verdict", slug));
                    String url = uri.getBaseUriBuilder().path("verdicts").path(slug).build().toString();
                    return Templates.revision(page, url);
                });
    }

    /** Revision numbers are small whole numbers; anything else names no page. */
    private static int revisionNumber(String value) {
        if (value == null || value.isEmpty() || value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
            throw new NotFound("revision", value);
        }
        return Integer.parseInt(value);
    }

    @GET
    @Path("search")
    public Response search(@RestQuery String q, @RestQuery String rating, @RestQuery String organisation,
            @RestQuery String claimant, @RestQuery String from, @RestQuery String to, @RestQuery String page,
            @RestQuery String language, @Context Request request, @Context UriInfo uri) {
        if (tooLong(q) || tooLong(claimant) || tooLong(rating) || tooLong(organisation) || tooLong(language)) {
            return Response.status(Response.Status.BAD_REQUEST).build(); // dressed as the 400 page
        }
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        boolean badDate = fromDay == null && notBlank(from) || toDay == null && notBlank(to);
        SearchForm form = new SearchForm(q, rating, organisation, claimant, from, to,
                badDate ? "invalid" : null, language);
        VerdictSearch search = new VerdictSearch(q, rating, organisation, claimant, fromDay, toDay,
                PageNumbers.of(page), VerdictSearch.DEFAULT_SIZE, language);
        Instant changed = versions.lastChange("verdicts", verdicts::lastChange).orElse(Instant.EPOCH);
        return caching.byVersion(request, "verdicts", "search|" + uri.getRequestUri().getRawQuery() + "|" + changed, changed, MediaType.TEXT_HTML,
                () -> {
                    ResultPage<VerdictSummary> results = verdicts.search(search);
                    return Templates.search(form, results, verdicts.filterChoices(),
                            results.hasPrevious() ? pageUrl(uri, results.page() - 1) : null,
                            results.hasNext() ? pageUrl(uri, results.page() + 1) : null);
                });
    }

    /** Search filters are short; the API refuses the same lengths. */
    private static boolean tooLong(String value) {
        return value != null && value.length() > MAX_QUERY;
    }

        private static String pageUrl(UriInfo uri, int page) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().getRawPath() + "?"
                + uri.getRequestUriBuilder().replaceQueryParam("page", page).build().getRawQuery();
    }

    private static LocalDate day(String value) {
        if (!notBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
