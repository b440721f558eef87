package briefing.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8WriterTest {

    @Test
    void givesTheBytesOfStringGetBytesHoweverTheTextIsCutIntoWrites() {
        // ASCII, two- and three-byte characters, a pair of surrogates, and each half of one alone.
        String alphabet = "a<&\n é€’中\uD83D\uDE00\uD83D\uDE00\uD800\uDC00x";
        Random random = new Random(20260227);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            Utf8Writer out = new Utf8Writer(random.nextInt(8));
            int at = 0;
            while (at < t.length()) {
                int end = Math.min(t.length(), at + 1 + random.nextInt(5));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(t, at, end - at);
                    case 1 -> out.write(t.substring(at, end).toCharArray(), 0, end - at);
                    default -> {
                        for (int i = at; i < end; i++) {
                            out.write(t.charAt(i));
                        }
                    }
                }
                at = end;
            }
            assertThat(out.toByteArray()).as(t).isEqualTo(t.getBytes(StandardCharsets.UTF_8));
        }
    }
}
