package io.factdesk.verification.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where outbound requests may go: absolute http(s) URLs whose host resolves only to public addresses
 * ({@link AddressRules}), unless the host is on the allow-list. Allow-listed hosts are matched by name exactly as
 * written in the URL (case-insensitive, no wildcards) and may resolve to any address, for deployments that must
 * reach one internal service.
 */
public final class OutboundPolicy {

    private final Set<String> allowedHosts;

    public OutboundPolicy(Collection<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().filter(h -> h != null && !h.isBlank()).map(HostForms::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** No exceptions: public addresses only. */
    public static OutboundPolicy publicOnly() {
        return new OutboundPolicy(List.of());
    }

    public boolean isAllowListed(String host) {
        return host != null && allowedHosts.contains(HostForms.normalise(host));
    }

    /**
     * Checks what can be told from the URL alone, without a lookup: scheme, host, user info, the form of a numeric
     * host, and an address literal or a localhost name that is not allowed. Names are checked again once resolved.
     */
    public void checkUrl(URI uri) throws OutboundException {
        if (uri == null) {
            throw new OutboundException(OutboundException.Kind.INVALID_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw new OutboundException(OutboundException.Kind.INVALID_URL);
        }
        String host = HostForms.normalise(uri.getHost());
        if (isAllowListed(host)) {
            return;
        }
        if (HostForms.isAmbiguousNumber(host) || HostForms.isLocalhostName(host)) {
            throw new OutboundException(OutboundException.Kind.REFUSED);
        }
        if (HostForms.isIpLiteral(host)) {
            try {
                checkResolved(host, List.of(InetAddress.getByName(host)));
            } catch (AddressRefused e) {
                throw new OutboundException(OutboundException.Kind.REFUSED, e);
            } catch (UnknownHostException e) {
                throw new OutboundException(OutboundException.Kind.INVALID_URL, e);
            }
        }
    }

    /** Every address a name resolved to must be allowed: one private answer among public ones refuses them all. */
    void checkResolved(String host, List<InetAddress> addresses) throws AddressRefused {
        if (isAllowListed(host)) {
            return;
        }
        if (addresses.isEmpty() || !addresses.stream().allMatch(AddressRules::isPublic)) {
            throw new AddressRefused(host);
        }
    }

    /** Thrown from inside the connection's lookup, which may only throw this type of exception. */
    static final class AddressRefused extends UnknownHostException {
        AddressRefused(String host) {
            super("address not allowed for " + host);
        }
    }
}
