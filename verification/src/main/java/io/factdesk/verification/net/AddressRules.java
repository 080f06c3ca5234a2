package io.factdesk.verification.net;

import java.net.InetAddress;

/**
 * Which IP addresses outbound requests may reach: public unicast only. Everything that leads back into the
 * machine or its network is refused: loopback, "this network" (0.0.0.0/8), private ranges (RFC 1918), carrier-grade
 * NAT (100.64.0.0/10), link-local (169.254.0.0/16, where cloud metadata services answer), IETF and benchmarking
 * ranges, multicast, reserved and broadcast. IPv6 is allowed only in global unicast (2000::/3), which leaves out
 * ::, ::1, the IPv4-compatible ::/96, unique-local fc00::/7, link-local fe80::/10, multicast and the rest of the
 * reserved space. Forms that carry an IPv4 address inside IPv6 (IPv4-mapped ::ffff:0:0/96, NAT64 64:ff9b::/96,
 * 6to4 2002::/16) are judged by the IPv4 address they carry; Teredo (2001::/32) hides its client address and is
 * refused outright.
 */
final class AddressRules {

    private AddressRules() {
    }

    static boolean isPublic(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? isPublicV4(b, 0) : isPublicV6(b);
    }

    private static boolean isPublicV4(byte[] b, int at) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        int third = b[at + 2] & 0xff;
        boolean refused = first == 0
                || first == 10
                || first == 100 && (second & 0xc0) == 64
                || first == 127
                || first == 169 && second == 254
                || first == 172 && (second & 0xf0) == 16
                || first == 192 && second == 0 && third == 0
                || first == 192 && second == 168
                || first == 198 && (second & 0xfe) == 18
                || first >= 224;
        return !refused;
    }

    private static boolean isPublicV6(byte[] b) {
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPublicV4(b, 12);
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12)) {
            return isPublicV4(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return isPublicV4(b, 2);
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            return false;
        }
        return (b[0] & 0xe0) == 0x20;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
