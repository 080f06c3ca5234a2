package io.factdesk.core.draft;

import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.organisation.OrganisationOwned;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What one staff member typed into one form of one desk page and has not sent yet. Private to its author: it is
 * never shown to anyone else, and never public.
 */
@Entity
public class FormDraft extends OrganisationOwned {

    public String username;

    /** The page the form is on, e.g. {@code /desk/claims/12}. */
    public String address;

    /** The form on that page, e.g. {@code review}. */
    public String form;

    /** Field name to typed value. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> fields = new LinkedHashMap<>();

    /** Field errors of the last attempt to send the form, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> errors;

    /** Why the last attempt to send the form was refused, in plain words, or null. */
    public String refusal;

    /** Whether the author asked for a preview of what they typed. */
    public boolean preview;

    public Instant savedAt;

    public static Optional<FormDraft> find(Organisation organisation, String username, String address, String form) {
        return find("organisation = ?1 and username = ?2 and address = ?3 and form = ?4", organisation, username,
                address, form).firstResultOptional();
    }

    public static List<FormDraft> on(Organisation organisation, String username, String address) {
        return list("organisation = ?1 and username = ?2 and address = ?3 order by form", organisation, username,
                address);
    }

    /** Removes the author's drafts not saved since {@code before}. */
    public static long purge(Organisation organisation, String username, Instant before) {
        return delete("organisation = ?1 and username = ?2 and savedAt < ?3", organisation, username, before);
    }
}
