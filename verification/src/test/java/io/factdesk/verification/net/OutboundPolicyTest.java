package io.factdesk.verification.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutboundPolicyTest {

    private final OutboundPolicy policy = OutboundPolicy.publicOnly();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "192.0.0.8",
            "198.18.0.1", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fec0::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
            "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "::ffff:0:127.0.0.1", "64:ff9b::7f00:1",
            "64:ff9b::a00:1", "64:ff9b:1::1", "2002:7f00:1::1", "2002:a9fe:a9fe::1", "2001:0:4136:e378::1",
            "100::1"})
    void refusesInternalAddresses(String literal) throws Exception {
        assertThat(AddressRules.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.15.255.255",
            "172.32.0.1", "169.253.0.1", "192.0.2.1", "223.255.255.254", "2606:4700:4700::1111", "2a00:1450::1",
            "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"})
    void allowsPublicAddresses(String literal) throws Exception {
        assertThat(AddressRules.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @Test
    void judgesIpv6FormsByTheirBytesEvenWhenJavaWouldNotConvertThem() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 127;
        mapped[15] = 1;
        var v6 = java.net.Inet6Address.getByAddress(null, mapped, -1);
        assertThat(v6.getAddress()).hasSize(16);
        assertThat(AddressRules.isPublic(v6)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "https://10.1.2.3/x", "http://172.16.5.4:8080/", "http://192.168.0.1/",
            "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0:5432/", "http://100.64.0.1/",
            "http://224.0.0.1/", "http://255.255.255.255/", "http://[::1]/", "http://[::]/", "http://[fe80::1]/",
            "http://[fc00::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::7f00:1]/",
            "http://2130706433/", "http://017700000001/", "http://0177.0.0.1/", "http://127.000.000.001/",
            "http://0x7f.1/", "http://127.1/", "http://localhost:8080/", "http://LOCALHOST./", "http://db.localhost/",
            "ftp://example.org/", "file:///etc/passwd", "http:///nohost", "https://user:pw@example.org/",
            "//example.org/", "javascript:alert(1)"})
    void refusesUrlsWithoutALookup(String url) {
        assertThatThrownBy(() -> policy.checkUrl(URI.create(url))).as(url).isInstanceOf(OutboundException.class);
    }

    @Test
    void refusedAddressesAndUnreadableUrlsAreToldApartOnlyBroadly() {
        assertThatThrownBy(() -> policy.checkUrl(URI.create("http://169.254.169.254/")))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.kind()).isEqualTo(OutboundException.Kind.REFUSED))
                .hasMessage("refused: address not allowed");
        assertThatThrownBy(() -> policy.checkUrl(URI.create("http://0x7f.1/")))
                .isInstanceOfSatisfying(OutboundException.class,
                        e -> assertThat(e.kind()).isEqualTo(OutboundException.Kind.INVALID_URL));
    }

    @Test
    void acceptsPublicLiteralsAndNamesBeforeTheirLookup() {
        for (String url : new String[] {"https://example.org/a", "http://93.184.215.14/", "https://[2606:4700::1]/",
                "https://news.example.com:8443/x?y=1", "https://1password.com/", "https://cafe/"}) {
            assertThatCode(() -> policy.checkUrl(URI.create(url))).as(url).doesNotThrowAnyException();
        }
    }

    @Test
    void anAllowListedHostMayBeInternalAndNothingElseIs() throws Exception {
        OutboundPolicy allowing = new OutboundPolicy(List.of(" Hooks.Internal.Example ", "127.0.0.1", "[::1]"));

        assertThatCode(() -> allowing.checkUrl(URI.create("http://127.0.0.1:9000/"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.checkUrl(URI.create("http://[::1]:9000/"))).doesNotThrowAnyException();
        allowing.checkResolved("hooks.internal.example", List.of(InetAddress.getByName("10.0.0.7")));
        assertThatThrownBy(() -> allowing.checkUrl(URI.create("http://127.0.0.2/")))
                .isInstanceOf(OutboundException.class);
        assertThatThrownBy(() -> allowing.checkResolved("other.internal.example",
                List.of(InetAddress.getByName("10.0.0.7")))).isInstanceOf(OutboundPolicy.AddressRefused.class);
    }

    @Test
    void oneInternalAnswerAmongPublicOnesRefusesTheName() throws Exception {
        assertThatThrownBy(() -> policy.checkResolved("mixed.example", List.of(InetAddress.getByName("8.8.8.8"),
                InetAddress.getByName("127.0.0.1")))).isInstanceOf(OutboundPolicy.AddressRefused.class);
        assertThatThrownBy(() -> policy.checkResolved("empty.example", List.of()))
                .isInstanceOf(OutboundPolicy.AddressRefused.class);
    }
}
