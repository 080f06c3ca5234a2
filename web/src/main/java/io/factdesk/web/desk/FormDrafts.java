package io.factdesk.web.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.core.draft.FormDraft;
import io.factdesk.core.organisation.Organisation;
import io.factdesk.core.staff.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What staff typed into desk forms and have not sent yet, kept in the database (so every instance sees it, and an
 * expired login or a reload loses nothing). Each person reads and writes only their own drafts.
 */
@ApplicationScoped
public class FormDrafts {

    /** A draft as the pages read it, detached from the database. */
    public record Draft(String form, Map<String, String> fields, Map<String, String> errors, String refusal,
            boolean preview, Instant savedAt) {

        /** Only typed text: not a form that came back with errors, a refusal or a preview. */
        public boolean typedOnly() {
            return errors.isEmpty() && refusal == null && !preview;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DraftsConfig config;

    /**
     * Keeps what {@code me} typed into {@code form} on the page at {@code address}, with what came of sending it.
     * One statement, so an autosave and the form's own post arriving together both succeed, and the one that
     * started later wins: an autosave sent just before a preview (the button takes the focus, the field reports
     * its change) and finishing after it does not undo the preview.
     */
    @Transactional
    public void save(Actor me, String address, String form, Map<String, String> fields, Map<String, String> errors,
            String refusal, boolean preview) {
        upsert(me, address, form, fields, errors, refusal, preview, false);
    }

    /** The one statement behind {@link #save} and {@link #saveTyped}. */
    private void upsert(Actor me, String address, String form, Map<String, String> fields,
            Map<String, String> errors, String refusal, boolean preview, boolean onlyChangedText) {
        Organisation organisation = Organisation.findById(me.organisation().id);
        FormDraft.purge(organisation, me.username(), Instant.now().minus(config.retention()));
        FormDraft.getEntityManager().createNativeQuery("""
                insert into form_draft (organisation_id, username, address, form, fields, errors, refusal, preview,
                                        saved_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), nullif(cast(?6 as jsonb), 'null'::jsonb), nullif(?7, ''),
                        ?8, now())
                on conflict (organisation_id, username, address, form) do update
                    set fields = excluded.fields, errors = excluded.errors, refusal = excluded.refusal,
                        preview = excluded.preview, saved_at = excluded.saved_at
                    where form_draft.saved_at <= excluded.saved_at
                      and (not ?9 or form_draft.fields is distinct from excluded.fields)
                """)
                .setParameter(1, organisation.id).setParameter(2, me.username()).setParameter(3, address)
                .setParameter(4, form).setParameter(5, json(fields))
                .setParameter(6, errors == null || errors.isEmpty() ? "null" : json(errors))
                .setParameter(7, refusal == null ? "" : refusal).setParameter(8, preview)
                .setParameter(9, onlyChangedText)
                .executeUpdate();
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(copy(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps typed text only (autosave): an earlier error, refusal or preview of the form no longer applies once
     * the text has changed. The same text again (a save that crossed the form's own post) changes nothing.
     */
    @Transactional
    public void saveTyped(Actor me, String address, String form, Map<String, String> fields) {
        // Compared in the statement itself, so a preview saved between a read and this write is never undone.
        upsert(me, address, form, fields, Map.of(), null, false, true);
    }

    /** The drafts of {@code me} on the page at {@code address}, by form name. */
    @Transactional
    public Map<String, Draft> on(Actor me, String address) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<FormDraft> rows = FormDraft.on(Organisation.findById(me.organisation().id), me.username(), address);
        for (FormDraft row : rows) {
            if (row.savedAt.isAfter(Instant.now().minus(config.retention()))) {
                drafts.put(row.form, new Draft(row.form, copy(row.fields), copy(row.errors), row.refusal, row.preview,
                        row.savedAt));
            }
        }
        return drafts;
    }

    private static Map<String, String> copy(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((field, value) -> copy.put(field, value == null ? "" : value));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A form that came back (field errors or a refusal): keeps what was typed with what came of it and answers 303
     * to the form's page marked {@code ?returned=<form>} (PRG). That address shows both from the draft, on every
     * reload, until the form is sent; the page's plain address shows what is saved. Kept in a transaction of its
     * own: the refusal that sends the form back may have doomed the caller's.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Response sendBack(Actor me, String address, String form, Map<String, String> fields,
            Map<String, String> errors, String refusal) {
        save(me, address, form, fields, errors, refusal, false);
        return Response.seeOther(URI.create(address + "?returned=" + form)).build();
    }

    /**
     * The form's draft when the page was opened at the address {@link #sendBack} answered ({@code returned} is the
     * query parameter) and the form came back with errors or a refusal.
     */
    public Optional<Draft> sentBack(Actor me, String address, String form, String returned) {
        if (!form.equals(returned)) {
            return Optional.empty();
        }
        Draft draft = on(me, address).get(form);
        return draft == null || draft.typedOnly() || draft.preview() ? Optional.empty() : Optional.of(draft);
    }

    /** The form was sent: its draft is no longer needed. */
    @Transactional
    public void discard(Actor me, String address, String form) {
        FormDraft.find(Organisation.findById(me.organisation().id), me.username(), address, form)
                .ifPresent(FormDraft::delete);
    }
}
