package io.factdesk.web.errors;

import io.factdesk.api.problem.Channel;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives page routes an HTML body for error statuses that arrive without one (a refused CSRF token, a missing
 * role, an unknown address): people see a page, never an empty answer or JSON.
 */
public class ErrorPageFilter {

    @ServerResponseFilter
    public void dressErrors(ContainerRequestContext request, ContainerResponseContext response, UriInfo uri) {
        int status = response.getStatus();
        if (status < 400 || !Channel.isPage(uri.getPath()) || isHtml(response) && response.hasEntity()) {
            return;
        }
        var page = ErrorPages.page(status, null);
        response.setEntity(page.getEntity(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private static boolean isHtml(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        return type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
    }
}
