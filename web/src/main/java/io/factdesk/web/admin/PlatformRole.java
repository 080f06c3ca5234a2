package io.factdesk.web.admin;

import io.factdesk.verification.staff.PlatformAdmin;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the logged-in user is a platform administrator, for templates: {@code {#if inject:platform.admin}}. */
@Named("platform")
@RequestScoped
public class PlatformRole {

    @Inject
    SecurityIdentity identity;

    public boolean isAdmin() {
        return identity != null && !identity.isAnonymous() && identity.hasRole(PlatformAdmin.ROLE);
    }
}
