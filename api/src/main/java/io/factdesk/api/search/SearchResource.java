package io.factdesk.api.search;

import io.factdesk.api.support.Paging;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.PageRequest;
import io.factdesk.verification.publishing.PublishedVerdicts;
import io.factdesk.verification.publishing.ResultPage;
import io.factdesk.verification.publishing.VerdictSearch;
import io.factdesk.verification.publishing.VerdictSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search over the published verdicts of every organisation. */
@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    /** Longest search text or filter value accepted, in characters. */
    static final int MAX_FILTER = 500;

    @Inject
    PublishedVerdicts verdicts;

    @GET
    @PermitAll
    @Operation(summary = "Search published verdicts", description = "Public. q: words in claim or claimant (ranked); "
            + "words in either script match names and Ukrainian word forms; filters rating (code), organisation (slug), "
            + "claimant, from/to (YYYY-MM-DD, first publication), language (ISO 639-1 code of the claim's language, "
            + "e.g. uk); paginated.")
    public ResultPage<VerdictSummary> search(@QueryParam("q") String q, @QueryParam("rating") String rating,
            @QueryParam("organisation") String organisation, @QueryParam("claimant") String claimant,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("language") String language) {
        PageRequest p = Paging.of(page, size);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("rating", rating);
        filters.put("organisation", organisation);
        filters.put("claimant", claimant);
        filters.put("language", language);
        filters.forEach((name, value) -> {
            if (value != null && value.length() > MAX_FILTER) {
                throw InvalidInput.of(name, "too_long", MAX_FILTER);
            }
        });
        return verdicts.search(new VerdictSearch(q, rating, organisation, claimant, day("from", from), day("to", to),
                p.page(), p.size(), language));
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "date", "2024-05-31");
        }
    }
}
