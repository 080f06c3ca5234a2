package io.factdesk.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    void apiAddressesAreTheApiChannel() {
        assertThat(Channel.of("/api")).isEqualTo(Channel.API);
        assertThat(Channel.of("/api/v1/claims/7")).isEqualTo(Channel.API);
    }

    @Test
    void quarkusToolingIsNeitherApiNorPage() {
        assertThat(Channel.of("/q/health")).isEqualTo(Channel.TOOLING);
        assertThat(Channel.isPage("/q/metrics")).isFalse();
    }

    @Test
    void everythingElseIsAPageEvenWhenItStartsLikeTheApi() {
        assertThat(Channel.of("/")).isEqualTo(Channel.PAGE);
        assertThat(Channel.of("/apiary")).isEqualTo(Channel.PAGE);
        assertThat(Channel.of("/desk/claims/1")).isEqualTo(Channel.PAGE);
        assertThat(Channel.isPage(null)).isTrue();
    }
}
