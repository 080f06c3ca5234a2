package io.factdesk.web.desk;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.claim.Claim;
import io.factdesk.core.claim.Tag;
import io.factdesk.verification.finding.Tags;
import io.factdesk.web.support.FindMsg;
import io.factdesk.web.support.PageLanguage;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The claim page's tags, read while the page renders ({@code inject:claimTags} in the template). */
@Named("claimTags")
@RequestScoped
public class ClaimTagsView {

    @Inject
    CurrentActor currentActor;

    @Inject
    Tags tags;

    @Inject
    HttpServerRequest request;

    public List<Tag> of(Claim claim) {
        return tags.of(currentActor.get(), claim.id);
    }

    public List<Tag> all() {
        return tags.all(currentActor.get());
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
