package io.factdesk.core.evidence;

import com.google.re2j.Pattern;
import io.factdesk.core.claim.Claim;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A source consulted for a claim; listed on the public verdict. */
@Entity
public class Evidence extends PanacheEntityBase {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    public String url;
    public String citation;
    public String title;
    public String publisher;

    @Column(name = "accessed_on")
    public LocalDate accessedOn;

    @Enumerated(EnumType.STRING)
    public Stance stance = Stance.CONTEXT;

    public String note;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
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
