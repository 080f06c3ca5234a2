package io.factdesk.core.evidence;

import com.google.re2j.Pattern;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A source consulted for a claim; listed on the public verdict. */
@Entity
public class Evidence extends Identified {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @ManyToOne(optional = false)
    public Claim claim;

    public String url;
    public String citation;
    public String title;
    public String publisher;

    public LocalDate accessedOn;

    @Enumerated(EnumType.STRING)
    public Stance stance = Stance.CONTEXT;

    public String note;

    public String addedBy;

    public Instant addedAt = Instant.now();

    public static List<Evidence> of(Claim claim) {
        return list("claim = ?1 order by id", claim);
    }

    /**
     * A publisher's name normalised for the "distinct publishers" policy: trimmed, single spaces, lower case, so case
     * and spacing do not make a new publisher.
     */
    public static String publisherKey(String publisher) {
        return publisher == null ? "" : WHITESPACE.matcher(publisher.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
