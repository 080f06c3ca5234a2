package io.factdesk.core.common;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An absolute {@code http} or {@code https} address with a host: the only kind of link Factdesk stores or puts in
 * an {@code href}. Anything a browser would run or resolve against our own pages ({@code javascript:},
 * {@code data:}, {@code //host}, relative paths) is refused.
 *
 * <p>The length is checked before anything else looks at the text; the text is then parsed by
 * {@link java.net.URI}, never by a pattern. The stored form has the scheme and host in lower case and an
 * internationalised host in its ASCII (punycode) form, so a look-alike host cannot hide behind Unicode.
 */
public final class WebUrl {

    /** Longest address accepted, before and after normalisation; the database columns hold this many. */
    public static final int MAX_LENGTH = 2000;

    private final String value;

    private WebUrl(String value) {
        this.value = value;
    }

    /**
     * The normalised address.
     *
     * @throws InvalidWebUrl with a plain-language reason when the text is not an absolute http(s) address
     */
    public static WebUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidWebUrl("blank", "must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidWebUrl("too_long", "must be at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        String candidate = text.strip();
        for (int i = 0; i < candidate.length(); i++) {
            if (invisible(candidate.charAt(i))) {
                throw new InvalidWebUrl("url_spaces", "must not contain spaces or control characters");
            }
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            throw new InvalidWebUrl("url_syntax", "is not a valid web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidWebUrl("url_scheme", "must start with http:// or https://");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw new InvalidWebUrl("url_host", "must be an absolute http:// or https:// address with a host name");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            throw new InvalidWebUrl("url_credentials", "must not contain a user name or password");
        }
        String authority = uri.getHost() != null ? authority(uri.getHost(), uri.getPort()) : internationalAuthority(uri);
        StringBuilder normalised = new StringBuilder(scheme).append("://").append(authority)
                .append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            normalised.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            normalised.append('#').append(uri.getRawFragment());
        }
        if (normalised.length() > MAX_LENGTH) {
            throw new InvalidWebUrl("too_long", "must be at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        return new WebUrl(normalised.toString());
    }

    /** The normalised address, or null for null or blank text; refuses anything else that is not one. */
    public static WebUrl parseOptional(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** The address when the text is one, else empty: for reading values stored before the rules existed. */
    public static Optional<WebUrl> tryParse(String text) {
        try {
            return Optional.ofNullable(parseOptional(text));
        } catch (InvalidWebUrl e) {
            return Optional.empty();
        }
    }

    /**
     * The address as it may appear in a link, or null when the text is not one: what every page, feed and
     * ClaimReview document uses to read a stored link, so that a value older than these rules never becomes one.
     */
    public static String linkOrNull(String text) {
        return tryParse(text).map(WebUrl::value).orElse(null);
    }

    public String value() {
        return value;
    }

    public URI toUri() {
        return URI.create(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebUrl url && url.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Spaces, control and format characters (zero-width, direction overrides) have no place in a link. */
    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static String authority(String host, int port) {
        if (host.isEmpty()) {
            throw new InvalidWebUrl("url_host", "must be an absolute http:// or https:// address with a host name");
        }
        if (port == 0 || port > 65_535) {
            throw new InvalidWebUrl("url_port", "has a port outside 1 to 65535");
        }
        return host.toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port);
    }

    /**
     * {@link URI} reads a host with non-ASCII letters as a registry name (no host); such a host is accepted in
     * its ASCII form when that is a valid host name, and nothing else is.
     */
    private static String internationalAuthority(URI uri) {
        String raw = uri.getRawAuthority();
        int colon = raw.lastIndexOf(':');
        String host = colon < 0 ? raw : raw.substring(0, colon);
        String port = colon < 0 ? "" : raw.substring(colon);
        boolean plain = host.chars().allMatch(c -> c < 0x80);
        if (plain || host.isEmpty()) {
            throw new InvalidWebUrl("url_host", "must be an absolute http:// or https:// address with a host name");
        }
        String ascii;
        URI server;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            server = new URI("http://" + ascii + port + "/");
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidWebUrl("url_host_name", "has a host name that is not valid");
        }
        if (server.getHost() == null) {
            throw new InvalidWebUrl("url_host_name", "has a host name that is not valid");
        }
        return authority(server.getHost(), server.getPort());
    }
}
