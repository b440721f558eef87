package briefing.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/../x", "/a/../../x", "/%2e%2e/x", "/a/%2E%2E%2Fx", "/a\\b", "/a%5cb", "/a%00b", "//x",
            "relative", "/%zz", "/./x"})
    void refusesPathsThatCouldLeaveTheSite(String path) {
        assertThat(RequestPaths.decode(path)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/briefing/", "/briefing/a%20b.html", "/a+b", "/x..y/"})
    void acceptsOrdinaryPaths(String path) {
        assertThat(RequestPaths.decode(path)).isNotNull().startsWith("/");
    }

    @org.junit.jupiter.api.Test
    void decodesAPathAsAUrlPathKeepingPlusSigns() {
        assertThat(RequestPaths.decode("/assets/a+b.png")).isEqualTo("/assets/a+b.png");
        assertThat(RequestPaths.decode("/assets/a%2Bb.png")).isEqualTo("/assets/a+b.png");
        assertThat(RequestPaths.decode("/assets/two%20words.png")).isEqualTo("/assets/two words.png");
    }
}
