package io.factdesk.core.claim;

import io.factdesk.core.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A desk claim-list filter one staff member saved under a name, within one organisation. The query string is
 * kept as typed and validated again whenever it is used, so a saved filter can never bypass the list's checks.
 */
@Entity
@Table(name = "saved_filter")
public class SavedFilter extends PanacheEntityBase {

    public static final int MAX_NAME = 100;
    public static final int MAX_QUERY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String username;

    public String name;

    public String query;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static List<SavedFilter> of(Organisation organisation, String username) {
        return list("organisation = ?1 and username = ?2 order by lower(name)", organisation, username);
    }
}
