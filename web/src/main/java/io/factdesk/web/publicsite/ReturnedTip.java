package io.factdesk.web.publicsite;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * What a reader typed into the tip form when it came back, carried to the form's page in a cookie of their own
 * browser (a reader has no login and nothing is stored for them): the fields, deflated and base64url-encoded.
 * Only the reader's own browser ever sends it back, and the page validates the fields again rather than trusting
 * any message in it, so a changed cookie can only change what that reader sees of their own text.
 */
final class ReturnedTip {

    static final String COOKIE = "factdesk-tip-form";
    /** Longest cookie value written; longer text (rare: the form allows 2,000 characters) is not carried. */
    static final int MAX_COOKIE = 3800;
    /** Longest cookie value read: anything longer was not written here. */
    private static final int MAX_READ = 4096;
    /** Most bytes one inflated cookie may expand to (the fields' limits add up to far less). */
    private static final int MAX_INFLATED = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReturnedTip() {
    }

    /** The fields as a cookie value, or empty when they do not fit in one. */
    static Optional<String> encode(Map<String, String> fields) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_COMPRESSION))) {
                out.write(JSON.writeValueAsBytes(fields));
            }
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
            return value.length() <= MAX_COOKIE ? Optional.of(value) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The fields a cookie value carries; empty for anything this class did not write. */
    static Optional<Map<String, String>> decode(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_READ) {
            return Optional.empty();
        }
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(value)))) {
            byte[] json = in.readNBytes(MAX_INFLATED + 1);
            if (json.length > MAX_INFLATED) {
                return Optional.empty();
            }
            Map<String, String> fields = JSON.readValue(new String(json, StandardCharsets.UTF_8),
                    new TypeReference<LinkedHashMap<String, String>>() { });
            return Optional.of(fields);
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }
}
