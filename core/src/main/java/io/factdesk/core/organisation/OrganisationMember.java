package io.factdesk.core.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Optional;

/**
 * Which organisation a staff login belongs to, for identity providers whose tokens carry no organisation claim.
 * Roles always come from the token.
 */
@Entity
@jakarta.persistence.Table(name = "organisation_member")
public class OrganisationMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    public static Optional<OrganisationMember> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
