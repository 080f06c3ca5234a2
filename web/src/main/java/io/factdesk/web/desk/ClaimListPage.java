package io.factdesk.web.desk;

import io.factdesk.core.claim.SavedFilter;
import io.factdesk.core.claim.Tag;
import io.factdesk.core.organisation.OrganisationMember;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.Paged;
import io.factdesk.verification.finding.ClaimRow;
import java.util.List;
import java.util.Map;

/**
 * The desk's claim list as the page shows it.
 *
 * @param form the filter values as typed (by parameter name), shown again in the filter form
 * @param errors a refusal per parameter; when not empty there are no results
 * @param results the matching claims, or null when the filter was refused
 * @param query the canonical query string of the filter (no paging), for links and saving
 * @param notice what the last bulk action or save did, or null
 * @param refusals per-claim refusals of the last bulk action, in plain words
 * @param problem why the last bulk action did nothing, in plain words, or null
 */
public record ClaimListPage(Actor me, Map<String, String> form, Map<String, String> errors, Paged<ClaimRow> results,
        String query, List<Tag> tags, List<Rating> scale, List<OrganisationMember> staff, List<SavedFilter> saved,
        String notice, List<String> refusals, String problem, String previousUrl, String nextUrl) {

    public boolean editor() {
        return me.has(io.factdesk.core.staff.StaffRole.EDITOR);
    }

    /** The claim states, for the state filter. */
    public List<String> states() {
        return java.util.Arrays.stream(io.factdesk.core.claim.ClaimState.values()).map(Enum::name).toList();
    }

    public int totalPages() {
        return results == null ? 0 : (int) Math.max(1, (results.total() + results.size() - 1) / results.size());
    }
}
