package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.verification.finding.Tags;
import io.factdesk.web.support.FindMsg;
import io.factdesk.web.support.PageLanguage;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The claim page's tag form ({@code inject:claimTags} in the template): the organisation's tag names and what the
 * last tag form did. The claim's own tags come with the page's data.
 */
@Named("claimTags")
@RequestScoped
public class ClaimTagsView {

    @Inject
    CurrentActor currentActor;

    @Inject
    Tags tags;

    @Inject
    HttpServerRequest request;

    /** The names of every tag of the viewer's organisation, offered as the tag field's choices. */
    public List<String> all() {
        return tags.all(currentActor.get()).stream().map(t -> t.name).toList();
    }

    /** A tag name as a query parameter value. */
    public String encode(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** What the last tag form did, from the page address ({@code done=tagged}), or null. */
    public String notice() {
        String done = request.getParam("done");
        if (done == null) {
            return null;
        }
        FindMsg msg = PageLanguage.bundle(FindMsg.class);
        return switch (done) {
            case "tagged" -> msg.tag_added();
            case "untagged" -> msg.tag_removed();
            default -> null;
        };
    }

    /** True when the last tag form was refused (blank or too long). */
    public boolean invalid() {
        return "tag-invalid".equals(request.getParam("done"));
    }
}
