package io.factdesk.web.desk;

import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.finding.ClaimQuery;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The claim list's filter as hidden fields of a form posted from the list (bulk actions, saving a filter), so the
 * answer can lead back to the same filtered list. The filter's assignee is {@code filter-assignee}: a bulk
 * assignment's own {@code assignee} is the reviewer to assign.
 */
public class FilterForm {

    @RestForm
    public String q;

    @RestForm
    public String claimant;

    @RestForm
    public String state;

    @RestForm("filter-assignee")
    public String assignee;

    @RestForm
    public String rating;

    @RestForm
    public String from;

    @RestForm
    public String to;

    @RestForm
    public String tag;

    @RestForm
    public String sort;

    /** The filter, read with the list's own rules; a bad value is an {@link InvalidInput}. */
    ClaimQuery query() {
        return ClaimQuery.parse(q, claimant, state, assignee, rating, from, to, tag, sort);
    }

    /** The list's query string for this filter; a bad filter leads back to the whole list. */
    String back() {
        try {
            return query().queryString();
        } catch (InvalidInput e) {
            return "";
        }
    }
}
