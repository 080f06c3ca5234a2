package io.factdesk.web.admin;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.factdesk.api.security.CurrentActor;
import io.factdesk.core.rating.Rating;
import io.factdesk.core.staff.Actor;
import io.factdesk.verification.common.Conflict;
import io.factdesk.verification.common.InvalidInput;
import io.factdesk.verification.settings.OrganisationSettings;
import io.factdesk.verification.settings.RatingEntry;
import io.factdesk.web.desk.FormDrafts;
import io.factdesk.web.errors.DeskErrors;
import io.factdesk.web.errors.RefusalTexts;
import io.factdesk.web.forms.Forms;
import io.factdesk.web.support.PageLanguage;
import io.factdesk.web.support.UiMsg;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The rating scale editor: every entry is a fieldset in one form, ordered by position numbers, with an empty row
 * to add an entry and a checkbox to remove one (no JavaScript needed).
 */
@Path("/desk/admin/scale")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class Ratings {

    private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+).*");
    private static final String NEW_COLOUR = "#777777";
    private static final String UKRAINIAN = "uk";

    /**
     * One entry of the scale form as typed: {@code index} is the row on the page, {@code saved} tells an entry
     * that already exists (its code is fixed) from the row for a new one.
     */
    public record Row(int index, String position, String code, String label, String value, String colour,
            String description, String labelUk, String descriptionUk, boolean remove, boolean saved) {

        /** The form field key of this row, e.g. {@code code-2}, used for ids and errors. */
        public String key(String name) {
            return name + "-" + index;
        }

        /** The row as form-draft fields, keyed like {@link #key}. */
        void into(Map<String, String> fields) {
            fields.put(key("position"), position);
            fields.put(key("code"), code);
            fields.put(key("label"), label);
            fields.put(key("value"), value);
            fields.put(key("colour"), colour);
            fields.put(key("description"), description);
            fields.put(key("labelUk"), labelUk);
            fields.put(key("descriptionUk"), descriptionUk);
            fields.put(key("remove"), String.valueOf(remove));
            fields.put(key("saved"), String.valueOf(saved));
        }

        /** The rows a form draft holds, in order. */
        static List<Row> from(Map<String, String> fields) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; fields.containsKey("code-" + i); i++) {
                rows.add(new Row(i, fields.get("position-" + i), fields.get("code-" + i), fields.get("label-" + i),
                        fields.get("value-" + i), fields.get("colour-" + i), fields.get("description-" + i),
                        fields.get("labelUk-" + i), fields.get("descriptionUk-" + i), "true".equals(fields.get("remove-" + i)), "true".equals(fields.get("saved-" + i))));
            }
            return rows;
        }

        boolean blank() {
            return !saved && Forms.clean(code) == null && Forms.clean(label) == null
                    && Forms.clean(description) == null && Forms.clean(value) == null
                    && Forms.clean(labelUk) == null && Forms.clean(descriptionUk) == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Actor me, List<Row> rows, Map<String, String> errors, String refusal,
                boolean done);
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    OrganisationSettings settings;

    @Inject
    FormDrafts drafts;

    private static final String ADDRESS = "/desk/admin/scale";

    @GET
    @Transactional
    public String edit(@RestQuery String done, @RestQuery String returned) {
        Actor me = currentActor.get();
        return drafts.sentBack(me, ADDRESS, "scale", returned)
                .map(draft -> scalePage(me, Row.from(draft.fields()), draft.errors(), draft.refusal()))
                .orElseGet(() -> Templates.edit(me, stored(me), Map.of(), null, done != null).render());
    }

    private List<Row> stored(Actor me) {
        List<Row> rows = new ArrayList<>();
        List<Rating> scale = settings.scale(me);
        for (Rating r : scale) {
            rows.add(new Row(rows.size(), String.valueOf(rows.size() + 1), r.code, r.label,
                    r.numericValue == null ? "" : String.valueOf(r.numericValue), r.colour, r.description,
                    r.translations.getOrDefault(UKRAINIAN, ""), r.descriptionTranslations.getOrDefault(UKRAINIAN, ""),
                    false, true));
        }
        rows.add(newRow(rows.size()));
        return rows;
    }

    @POST
    public Response save(@RestForm List<String> position, @RestForm List<String> code,
            @RestForm List<String> label, @RestForm List<String> value, @RestForm List<String> colour,
            @RestForm List<String> description, @RestForm List<String> labelUk,
            @RestForm List<String> descriptionUk, @RestForm List<String> saved, @RestForm List<String> remove) {
        Actor me = currentActor.get();
        int count = Math.max(size(code), size(label));
        Set<String> removed = remove == null ? Set.of() : new HashSet<>(remove);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i, at(position, i), at(code, i), at(label, i), at(value, i), at(colour, i),
                    at(description, i), at(labelUk, i), at(descriptionUk, i), removed.contains(String.valueOf(i)), "true".equals(at(saved, i))));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Integer, Integer> positions = new HashMap<>();
        Map<Integer, Integer> values = new HashMap<>();
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            if (row.remove() || row.blank()) {
                continue;
            }
            Integer at = AdminForms.number(row.position());
            if (at == null) {
                errors.put(row.key("position"), PageLanguage.bundle(UiMsg.class).error_position());
            }
            positions.put(row.index(), at == null ? Integer.MAX_VALUE : at);
            if (Forms.clean(row.value()) != null) {
                Integer number = AdminForms.number(row.value());
                if (number == null) {
                    errors.put(row.key("value"), PageLanguage.bundle(UiMsg.class).error_rating_value());
                }
                values.put(row.index(), number);
            }
            kept.add(row);
        }
        if (kept.isEmpty()) {
            errors.put("scale", PageLanguage.bundle(UiMsg.class).error_scale_empty());
        }
        if (!errors.isEmpty()) {
            return sendBack(me, rows, errors, null);
        }
        kept.sort(Comparator.comparing((Row row) -> positions.get(row.index())).thenComparing(Row::index));
        Map<String, Rating> current = new HashMap<>();
        settings.scale(me).forEach(r -> current.put(r.code, r));
        List<RatingEntry> entries = kept.stream().map(row -> {
            Rating before = current.get(Forms.clean(row.code()));
            return new RatingEntry(Forms.clean(row.code()), Forms.clean(row.label()), values.get(row.index()),
                    Forms.clean(row.colour()), Forms.clean(row.description()),
                    withUkrainian(before == null ? null : before.translations, row.labelUk()),
                    withUkrainian(before == null ? null : before.descriptionTranslations, row.descriptionUk()));
        }).toList();
        try {
            settings.replaceScale(me, entries);
            drafts.discard(me, ADDRESS, "scale");
            return AdminForms.seeOther(ADDRESS);
        } catch (InvalidInput e) {
            Matcher field = ENTRY_FIELD.matcher(e.field() == null ? "" : e.field());
            String key = field.matches() ? kept.get(Integer.parseInt(field.group(1))).key(formField(field.group(2)))
                    : "scale";
            return sendBack(me, rows, Map.of(key, AdminForms.sentence(RefusalTexts.of(e))), null);
        } catch (Conflict e) {
            return sendBack(me, rows, Map.of(), RefusalTexts.of(e));
        } catch (RuntimeException e) {
            return sendBack(me, rows, Map.of(), DeskErrors.messageOf(e));
        }
    }

    /** The form back on its page with what was typed (PRG), kept until the scale is saved. */
    private Response sendBack(Actor me, List<Row> rows, Map<String, String> errors, String refusal) {
        Map<String, String> fields = new LinkedHashMap<>();
        rows.forEach(row -> row.into(fields));
        return drafts.sendBack(me, ADDRESS, "scale", fields, errors, refusal);
    }

    private String scalePage(Actor me, List<Row> rows, Map<String, String> errors, String refusal) {
        List<Row> shown = new ArrayList<>(rows);
        if (shown.stream().allMatch(Row::saved)) {
            shown.add(newRow(shown.size()));
        }
        return Templates.edit(me, shown, errors, refusal, false).render();
    }

    private static Row newRow(int index) {
        return new Row(index, String.valueOf(index + 1), "", "", "", NEW_COLOUR, "", "", "", false, false);
    }

    /** The saved texts per language (other languages kept as they are) with the Ukrainian one as typed. */
    private static Map<String, String> withUkrainian(Map<String, String> saved, String typed) {
        Map<String, String> texts = saved == null ? new HashMap<>() : new HashMap<>(saved);
        String ukrainian = Forms.clean(typed);
        if (ukrainian == null) {
            texts.remove(UKRAINIAN);
        } else {
            texts.put(UKRAINIAN, ukrainian);
        }
        return texts;
    }

    /** The form field of an entry's field the services name ("translations" is the Ukrainian label's). */
    private static String formField(String field) {
        return switch (field) {
            case "translations" -> "labelUk";
            case "descriptionTranslations" -> "descriptionUk";
            default -> field;
        };
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }
}
