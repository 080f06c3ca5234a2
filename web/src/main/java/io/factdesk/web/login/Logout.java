package io.factdesk.web.login;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Logging out is a form post with a CSRF token (the button in the desk's navigation): a link or an image on
 * another site cannot log anyone out. The session cookie is dropped here, then the browser goes to the
 * identity provider's end-session endpoint, which ends the single sign-on session too and sends it back to the
 * public home page.
 */
@Path("/logout")
@PermitAll
public class Logout {

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession session;

    @Inject
    Instance<OidcConfigurationMetadata> provider;

    @POST
    public Uni<Response> logout(UriInfo uri) {
        URI home = uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build();
        if (identity.isAnonymous() || session.getIdToken() == null) {
            return Uni.createFrom().item(Response.seeOther(home).build());
        }
        String idToken = session.getIdToken().getRawToken();
        String endSession = provider.isResolvable() ? provider.get().getEndSessionUri() : null;
        URI next = endSession == null ? home : UriBuilder.fromUri(endSession)
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", home)
                .build();
        return session.logout().map(done -> Response.seeOther(next).build());
    }

    /** An old bookmark or a forged link: nothing happens, the reader lands on the home page. */
    @GET
    public Response notByLink() {
        return Response.seeOther(URI.create("/")).build();
    }
}
