package io.factdesk.web.errors;

import io.factdesk.api.problem.ApiRoutes;
import io.factdesk.api.problem.Channel;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An address that no page, API resource or static file answered gets the friendly 404
 * page (API addresses get the API's not-found problem details).
 */
@ApplicationScoped
public class UnknownAddresses {

    void install(@Observes Router router) {
        router.errorHandler(404, context -> {
            Channel channel = Channel.of(context.normalizedPath());
            if (channel == Channel.API && !context.response().ended()) {
                ApiRoutes.notFound(context);
                return;
            }
            if (channel == Channel.TOOLING || context.response().ended()) {
                if (!context.response().ended()) {
                    context.response().setStatusCode(404).end();
                }
                return;
            }
            var page = ErrorPages.page(404, null);
            context.response().setStatusCode(404)
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end((String) page.getEntity());
        });
    }
}
