package io.factdesk.core.organisation;

import io.factdesk.core.common.Identified;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to exactly one organisation (column {@code organisation_id}, not null): staff reads and
 * writes are scoped by it, so one organisation never sees another's work.
 */
@MappedSuperclass
public abstract class OrganisationOwned extends Identified {

    @ManyToOne(optional = false)
    public Organisation organisation;
}
