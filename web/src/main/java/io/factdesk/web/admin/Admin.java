package io.factdesk.web.admin;

import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.common.StaleVersion;
import io.factdesk.verification.settings.OrganisationSettings;
import io.factdesk.verification.settings.Policies;
import io.factdesk.verification.settings.Profile;
import io.factdesk.verification.settings.RatingEntry;
import io.factdesk.web.support.DeskErrors;
import io.factdesk.web.support.ErrorPages;
import io.factdesk.web.support.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The organisation's settings for admins: the rating scale, the approval policy and the public profile. Every form
 * posts back here and redirects (303) on success; refused values come back next to their fields (400).
 */
@Path("/desk/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class Admin {

    private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+).*");
    private static final String NEW_COLOUR = "#777777";

    /**
     * One entry of the scale form as typed: {@code index} is the row on the page, {@code saved} tells an entry
     * that already exists (its code is fixed) from the row for a new one.
     */
    public record Row(int index, String position, String code, String label, String value, String colour,
            String description, boolean remove, boolean saved) {

        /** The form field key of this row, e.g. {@code code-2}, used for ids and errors. */
        public String key(String name) {
            return name + "-" + index;
        }

        boolean blank() {
            return !saved && Forms.clean(code) == null && Forms.clean(label) == null
                    && Forms.clean(description) == null && Forms.clean(value) == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Actor me, List<Rating> scale, Policies policies, Profile profile);

        static native TemplateInstance scale(Actor me, List<Row> rows, Map<String, String> errors, String refusal,
                boolean done);

        static native TemplateInstance policies(Actor me, Map<String, String> form, Map<String, String> errors,
                boolean done);

        static native TemplateInstance profile(Actor me, Map<String, String> form, Map<String, String> errors,
                boolean done);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    OrganisationSettings settings;

    @GET
    @Transactional
    public String index() {
        Actor me = currentActor.get();
        return Templates.index(me, settings.scale(me), settings.policies(me), settings.profile(me)).render();
    }

    // ---- rating scale

    @GET
    @Path("scale")
    @Transactional
    public String scale(@RestQuery String done) {
        Actor me = currentActor.get();
        List<Row> rows = new ArrayList<>();
        List<Rating> scale = settings.scale(me);
        for (Rating r : scale) {
            rows.add(new Row(rows.size(), String.valueOf(rows.size() + 1), r.code, r.label,
                    r.numericValue == null ? "" : String.valueOf(r.numericValue), r.colour, r.description, false,
                    true));
        }
        rows.add(newRow(rows.size()));
        return Templates.scale(me, rows, Map.of(), null, done != null).render();
    }

    @POST
    @Path("scale")
    public Response saveScale(@RestForm List<String> position, @RestForm List<String> code,
            @RestForm List<String> label, @RestForm List<String> value, @RestForm List<String> colour,
            @RestForm List<String> description, @RestForm List<String> saved, @RestForm List<String> remove) {
        Actor me = currentActor.get();
        int count = Math.max(size(code), size(label));
        Set<String> removed = remove == null ? Set.of() : new HashSet<>(remove);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i, at(position, i), at(code, i), at(label, i), at(value, i), at(colour, i),
                    at(description, i), removed.contains(String.valueOf(i)), "true".equals(at(saved, i))));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Integer, Integer> positions = new HashMap<>();
        Map<Integer, Integer> values = new HashMap<>();
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            if (row.remove() || row.blank()) {
                continue;
            }
            Integer at = number(row.position());
            if (at == null) {
                errors.put(row.key("position"), "Enter a position number.");
            }
            positions.put(row.index(), at == null ? Integer.MAX_VALUE : at);
            if (Forms.clean(row.value()) != null) {
                Integer number = number(row.value());
                if (number == null) {
                    errors.put(row.key("value"), "Enter a whole number, or leave it empty for an unrated entry.");
                }
                values.put(row.index(), number);
            }
            kept.add(row);
        }
        if (kept.isEmpty()) {
            errors.put("scale", "A rating scale needs at least one entry.");
        }
        if (!errors.isEmpty()) {
            return html(Response.Status.BAD_REQUEST, scalePage(me, rows, errors, null));
        }
        kept.sort(Comparator.comparing((Row row) -> positions.get(row.index())).thenComparing(Row::index));
        Map<String, Map<String, String>> translations = new HashMap<>();
        settings.scale(me).forEach(r -> translations.put(r.code, r.translations == null ? Map.of()
                : Map.copyOf(r.translations)));
        List<RatingEntry> entries = kept.stream().map(row -> new RatingEntry(Forms.clean(row.code()),
                Forms.clean(row.label()), values.get(row.index()), Forms.clean(row.colour()),
                Forms.clean(row.description()), translations.get(Forms.clean(row.code())))).toList();
        try {
            settings.replaceScale(me, entries);
            return seeOther("/desk/admin/scale");
        } catch (InvalidInput e) {
            Matcher field = ENTRY_FIELD.matcher(e.field() == null ? "" : e.field());
            String key = field.matches() ? kept.get(Integer.parseInt(field.group(1))).key(field.group(2)) : "scale";
            return html(Response.Status.BAD_REQUEST,
                    scalePage(me, rows, Map.of(key, sentence(e.getMessage())), null));
        } catch (Conflict e) {
            return html(Response.Status.CONFLICT, scalePage(me, rows, Map.of(), e.getMessage()));
        } catch (RuntimeException e) {
            return html(Response.Status.CONFLICT, scalePage(me, rows, Map.of(), DeskErrors.messageOf(e)));
        }
    }

    private String scalePage(Actor me, List<Row> rows, Map<String, String> errors, String refusal) {
        List<Row> shown = new ArrayList<>(rows);
        if (shown.stream().allMatch(Row::saved)) {
            shown.add(newRow(shown.size()));
        }
        return Templates.scale(me, shown, errors, refusal, false).render();
    }

    private static Row newRow(int index) {
        return new Row(index, String.valueOf(index + 1), "", "", "", NEW_COLOUR, "", false, false);
    }

    // ---- approval policy

    @GET
    @Path("policies")
    @Transactional
    public String policies(@RestQuery String done) {
        Actor me = currentActor.get();
        Policies p = settings.policies(me);
        Map<String, String> form = Forms.values("approvalsRequired", String.valueOf(p.approvalsRequired()),
                "panelSize", String.valueOf(p.panelSize()), "minEvidence", String.valueOf(p.minEvidence()),
                "minDistinctPublishers", String.valueOf(p.minDistinctPublishers()),
                "version", String.valueOf(settings.version(me)));
        return Templates.policies(me, form, Map.of(), done != null).render();
    }

    @POST
    @Path("policies")
    public Response savePolicies(@RestForm String approvalsRequired, @RestForm String panelSize,
            @RestForm String minEvidence, @RestForm String minDistinctPublishers, @RestForm String version) {
        Actor me = currentActor.get();
        Map<String, String> form = Forms.values("approvalsRequired", approvalsRequired, "panelSize", panelSize,
                "minEvidence", minEvidence, "minDistinctPublishers", minDistinctPublishers, "version", version);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer k = required("approvalsRequired", approvalsRequired, 1, 10, errors);
        Integer n = required("panelSize", panelSize, 1, 20, errors);
        Integer evidence = required("minEvidence", minEvidence, 0, 50, errors);
        Integer publishers = required("minDistinctPublishers", minDistinctPublishers, 0, 50, errors);
        if (k != null && n != null && k > n) {
            errors.put("approvalsRequired", "Approvals required (k) cannot be more than the panel size (n).");
        }
        if (evidence != null && publishers != null && publishers > evidence) {
            errors.put("minDistinctPublishers", "Distinct publishers cannot be more than the minimum evidence items.");
        }
        if (!errors.isEmpty()) {
            return html(Response.Status.BAD_REQUEST, Templates.policies(me, form, errors, false).render());
        }
        try {
            settings.changePolicies(me, new Policies(k, n, evidence, publishers), Forms.version(version));
            return seeOther("/desk/admin/policies");
        } catch (InvalidInput e) {
            return html(Response.Status.BAD_REQUEST, Templates.policies(me, form,
                    Map.of(e.field() == null ? "approvalsRequired" : e.field(), sentence(e.getMessage())), false)
                    .render());
        } catch (RuntimeException e) {
            return stale(e);
        }
    }

    // ---- organisation profile

    @GET
    @Path("profile")
    @Transactional
    public String profile(@RestQuery String done) {
        Actor me = currentActor.get();
        Profile p = settings.profile(me);
        Map<String, String> form = Forms.values("name", p.name(), "url", p.url(), "description", p.description(),
                "methodology", p.methodology(), "version", String.valueOf(settings.version(me)));
        return Templates.profile(me, form, Map.of(), done != null).render();
    }

    @POST
    @Path("profile")
    public Response saveProfile(@RestForm String name, @RestForm String url, @RestForm String description,
            @RestForm String methodology, @RestForm String version) {
        Actor me = currentActor.get();
        Map<String, String> form = Forms.values("name", name, "url", url, "description", description,
                "methodology", methodology, "version", version);
        Map<String, String> errors = new LinkedHashMap<>();
        if (Forms.clean(name) == null) {
            errors.put("name", "Enter the organisation's name.");
        }
        if (Forms.clean(url) != null && !url.strip().matches("(?i)https?://\\S+")) {
            errors.put("url", "A web address starts with http:// or https://.");
        }
        if (!errors.isEmpty()) {
            return html(Response.Status.BAD_REQUEST, Templates.profile(me, form, errors, false).render());
        }
        try {
            settings.changeProfile(me, new Profile(Forms.clean(name), Forms.clean(url), Forms.clean(description),
                    Forms.clean(methodology)), Forms.version(version));
            return seeOther("/desk/admin/profile");
        } catch (InvalidInput e) {
            return html(Response.Status.BAD_REQUEST, Templates.profile(me, form,
                    Map.of(e.field() == null ? "name" : e.field(), sentence(e.getMessage())), false).render());
        } catch (RuntimeException e) {
            return stale(e);
        }
    }

    // ---- helpers

    /** Someone else saved the settings first: the 409 page with a plain message; other refusals as pages. */
    private static Response stale(RuntimeException e) {
        if (e instanceof StaleVersion || e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return ErrorPages.page(409,
                    "Someone else changed these settings in the meantime. Reload the page and make your change again.");
        }
        return ErrorPages.page(409, DeskErrors.messageOf(e));
    }

    private static Response html(Response.Status status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path + "?done=saved")).build();
    }

    private static Integer required(String field, String value, int min, int max, Map<String, String> errors) {
        Integer number = number(value);
        if (number == null) {
            errors.put(field, "Enter a whole number.");
        } else if (number < min || number > max) {
            errors.put(field, "Enter a number from " + min + " to " + max + ".");
            return null;
        }
        return number;
    }

    private static Integer number(String value) {
        try {
            return Forms.clean(value) == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }
}
