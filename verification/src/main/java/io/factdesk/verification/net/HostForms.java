package io.factdesk.verification.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Host names as they appear in URLs. A host whose last label is a number is read as an IPv4 address, and parsers
 * disagree on the shorthand forms: 2130706433, 0x7f.1 and 0177.0.0.1 are all 127.0.0.1 to the C library but not
 * to every Java parser. Only the canonical dotted quad is accepted, so the address checked is the one connected to.
 */
final class HostForms {

    private HostForms() {
    }

    /** Lower case, without IPv6 brackets and without the trailing dot of a fully qualified name. */
    static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            return h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** A normalised host written as an IPv4 address in anything but canonical dotted-quad form. */
    static boolean isAmbiguousNumber(String host) {
        if (host.indexOf(':') >= 0) {
            return false;
        }
        String last = host.substring(host.lastIndexOf('.') + 1);
        boolean numeric = !last.isEmpty() && (allDigits(last) || last.startsWith("0x"));
        return numeric && !isDottedQuad(host);
    }

    static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || isDottedQuad(host);
    }

    /** Names that always mean this machine (RFC 6761), whatever a resolver answers. */
    static boolean isLocalhostName(String host) {
        return host.equals("localhost") || host.endsWith(".localhost");
    }

    static boolean isDottedQuad(String host) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', from)) {
            parts.add(host.substring(from, dot));
            from = dot + 1;
        }
        parts.add(host.substring(from));
        if (parts.size() != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !allDigits(part) || part.length() > 1 && part.charAt(0) == '0'
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
