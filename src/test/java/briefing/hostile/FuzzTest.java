package briefing.hostile;

import briefing.pipeline.TestSite;
import briefing.config.ConfigLoader;
import briefing.config.SiteConfig;
import briefing.content.ContentLoader;
import briefing.content.FrontMatter;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.source.Fields;
import briefing.source.SourceFile;
import briefing.source.SourceReader;
import briefing.source.ValueSyntax;
import briefing.source.YamlNode;
import briefing.source.YamlReader;
import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.ValueFormat;
import briefing.value.ValueFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (README "Reliability"): seeded, mutation-based inputs for every parser an editor's text reaches. Any
 * input must give a value or a typed error with a location ({@link BuildFailedException},
 * {@link ValueFormatException}), never another exception, a hang or running out of memory.
 *
 * <p>CI runs a few hundred to a few thousand tries per target (seconds in all). A long run:
 * {@code mvn test -Dtest=FuzzTest -Dfuzz.tries=100000 [-Dfuzz.seed=N]} multiplies every target's tries by
 * tries/1000. A failing input is printed as a Java string literal; add it to
 * {@code src/test/resources/hostile/fuzz-regressions.txt} ({@code target<TAB>literal}) and it is run first, every
 * time.
 */
class FuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20260227L);
    static final double SCALE = Long.getLong("fuzz.tries", 1000L) / 1000.0;
    /** One input taking longer than this is a hang. */
    static final long HANG_MILLIS = 2_000;

    static final String[] DICTIONARY = {"---\n", "...\n", ": ", "- ", "  ", "\t", "\n", "\r\n", "\r", "\ufeff", "\0",
            "\"", "'", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!!binary ", "? ", "|\n", ">-\n", "#", "%YAML 1.2\n",
            "{{ ", " }}", "{{ round.acme }}", "```chart\n", "```\n", "~~~chart\n", "\\", "<script>", "<!--", "-->",
            "![x](", "[y](", ")", "javascript:", "data:", "${x}", "<#if x>", "$", "€", "£", "¥", "usd ", "up to ",
            "about ", "more than ", "billion", "bn", "B", "M", "k", "trillion", "%", "Q4 ", "H2 ", "2026", "-02",
            "-29", "-30", "99999999999999999999", "1e9", ",000", ".5", "−", "\u200b", "\ud83d\ude00", "\ud800",
            "\u0000", "title: ", "date: ", "summary: ", "id: ", "amount: ", "status: reported", "source: report",
            "charts:\n", "type: bar\n", "series:\n", "points:\n", "data: {from: round.participants, label: investor, value: amount}\n",
            "participants:\n", "faqs:\n"};

    @TempDir
    Path dir;

    @Test
    void valueParsersGiveAValueOrAValueFormatException() {
        ValueFormat en = new ValueFormat(Locale.US);
        ValueFormat de = new ValueFormat(Locale.GERMANY);
        ValueFormat tr = new ValueFormat(Locale.forLanguageTag("tr-TR"));
        String[] seeds = {"$50B", "up to $50 billion", "about €3.5M", "USD 50 billion", "50 billion USD", "£2bn",
                "more than $1,000,000", "2026-02-14", "2026-02", "Q4 2026", "H1 2025", "2026", "February 2026",
                "16,000", "about 16,000", "up to 1.5 million", "50%", "about 12.5%", "¥100"};
        Fuzzer f = new Fuzzer("values", seeds, 4000);
        f.run(input -> {
            parse(() -> en.money(Money.parse(input)) + de.money(Money.parse(input)) + tr.moneyShort(Money.parse(input))
                    + Money.parse(input).canonical());
            parse(() -> en.date(PartialDate.parse(input)) + de.date(PartialDate.parse(input))
                    + PartialDate.parse(input).canonical());
            parse(() -> en.count(Count.parse(input)) + de.count(Count.parse(input)));
            parse(() -> en.percent(Percent.parse(input)) + tr.percent(Percent.parse(input)));
        });
    }

    private interface Parse {
        String run() throws ValueFormatException;
    }

    private static void parse(Parse p) {
        try {
            assertThat(p.run()).isNotNull();
        } catch (ValueFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void frontMatterSplitterGivesPartsOrALocatedError() {
        String[] seeds = {"---\ntitle: A\n---\nBody\n", "---\n---\n", "---", "---\ntitle: x\n...\n# H\n",
                "# no front matter\n", "---\r\ntitle: A\r\n---\r\n"};
        new Fuzzer("front-matter", seeds, 3000).run(input -> {
            SourceFile file = new SourceFile(dir.resolve("x.md"), "content/x.md", input);
            try {
                FrontMatter split = FrontMatter.split(file);
                // The body keeps the file's line numbering: as many lines as the file (one more when the closing
                // line ends the file without a line break).
                int lines = input.split("\n", -1).length;
                assertThat(split.body().split("\n", -1).length).isBetween(lines, lines + 1);
            } catch (BuildFailedException e) {
                located(e, "content/x.md");
            }
        });
    }

    @Test
    void yamlReaderAndFieldsGiveATreeOrALocatedError() {
        YamlReader yaml = new YamlReader(1 << 20);
        String[] seeds = {"title: A\nitems: [a, b]\n", "a:\n  - id: x\n    amount: $5B\n  - id: y\n",
                "\"quoted: yes\": 'single ''q'''\nblock: |\n  text\n  more\nfolded: >\n  a\n  b\n",
                "a: &x 1\nb: *x\n", "{a: 1, b: [1, {c: d}]}\n", "- a\n- b\n", "", "# only a comment\n",
                "key: ~\nempty:\nnested:\n  deep:\n    deeper: [[[]]]\n"};
        new Fuzzer("yaml", seeds, 2500).run(input -> {
            try {
                YamlNode root = yaml.read(input, "content/x.yaml", 0);
                Diagnostics problems = new Diagnostics();
                Optional<Fields> fields = Fields.of(root, problems);
                fields.ifPresent(f -> bindAnything(f, 0));
                problems.sorted().forEach(d -> assertThat(d.location().path()).isEqualTo("content/x.yaml"));
            } catch (BuildFailedException e) {
                located(e, "content/x.yaml");
            }
        });
    }

    /** Asks for fields the way the loaders do, so every accessor meets every shape of value. */
    private static void bindAnything(Fields f, int depth) {
        f.text("title");
        f.requiredText("name");
        f.optional("amount", ValueSyntax.MONEY);
        f.optional("date", ValueSyntax.DATE);
        f.optional("url", ValueSyntax.WEB_URL);
        f.flag("draft", false);
        f.texts("tags");
        f.scalars("items");
        if (depth < 3) {
            f.records("a", false).forEach(r -> bindAnything(r, depth + 1));
            f.record("nested", false).ifPresent(r -> bindAnything(r, depth + 1));
        }
        f.rejectUnknown();
    }

    @Test
    void dataFilesChartsAndMarkdownLoadOrFailWithLocatedErrors() throws Exception {
        TestSite site = TestSite.of("/hostile/base.txtar", dir.resolve("site"));
        Path content = site.dir().resolve("content");
        SourceReader reader = new SourceReader(site.dir(), 1 << 20);
        SiteConfig config = new ConfigLoader(reader).load(content);
        ContentLoader loader = new ContentLoader(reader, new YamlReader(1 << 20));
        Path folder = content.resolve("briefings/deal");
        String index = Files.readString(folder.resolve("index.md"));
        String round = Files.readString(folder.resolve("round.yaml"));
        String charts = """
                charts:
                  - id: by-investor
                    type: bar
                    title: Round
                    data: {from: round.participants, label: investor, value: amount}
                  - id: manual
                    type: line
                    title: Manual
                    series:
                      - name: A
                        points:
                          - {label: x, value: $1B, date: 2026-01}
                          - {label: y, value: $2B, date: 2026-02}
                """;
        String[] files = {"index.md", "round.yaml", "charts.yaml"};
        String[] seeds = {index + "\n```chart\nby-investor\n```\n\n{{ round.acme }} [x](/about/)\n", round,
                charts};
        Random which = new Random(SEED);
        new Fuzzer("content", seeds, 200).run(input -> {
            // A mutated seed goes into the file it came from (chosen by its shape), the others stay valid.
            String target = input.contains("charts") ? "charts.yaml" : input.contains("participants") ? "round.yaml"
                    : files[which.nextInt(files.length)];
            try {
                // As bytes: a lone surrogate becomes '?', as an editor's save would.
                Files.write(folder.resolve("index.md"), (target.equals("index.md") ? input : index)
                        .getBytes(StandardCharsets.UTF_8));
                Files.write(folder.resolve("round.yaml"), (target.equals("round.yaml") ? input : round)
                        .getBytes(StandardCharsets.UTF_8));
                Files.write(folder.resolve("charts.yaml"), (target.equals("charts.yaml") ? input : charts)
                        .getBytes(StandardCharsets.UTF_8));
                loader.load(config, content, false);
            } catch (BuildFailedException e) {
                located(e, "content/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void located(BuildFailedException e, String pathPrefix) {
        assertThat(e.diagnostics()).isNotEmpty();
        for (Diagnostic d : e.diagnostics()) {
            assertThat(d.location().path()).startsWith(pathPrefix);
            assertThat(d.message()).isNotBlank().doesNotContain("Exception");
        }
    }

    /** Seeded mutations of seed inputs with a dictionary of tokens that matter to these parsers. */
    static final class Fuzzer {
        final String target;
        final String[] seeds;
        final int tries;
        final Random random;

        Fuzzer(String target, String[] seeds, int ciTries) {
            this.target = target;
            this.seeds = seeds;
            this.tries = (int) Math.max(1, Math.round(ciTries * SCALE));
            this.random = new Random(SEED ^ target.hashCode());
        }

        interface Check {
            void accept(String input) throws Exception;
        }

        void run(Check check) {
            List<String> inputs = new ArrayList<>(Regressions.of(target));
            inputs.addAll(List.of(seeds));
            long start = System.nanoTime();
            int ran = 0;
            for (int i = 0; i < inputs.size() + tries; i++) {
                String input = i < inputs.size() ? inputs.get(i) : mutate(seeds[random.nextInt(seeds.length)]);
                long t0 = System.nanoTime();
                try {
                    check.accept(input);
                } catch (Throwable e) {
                    throw new AssertionError("fuzz target " + target + " failed on input " + Regressions.literal(input)
                            + "\n(add it to src/test/resources/hostile/fuzz-regressions.txt)", e);
                }
                long millis = (System.nanoTime() - t0) / 1_000_000;
                if (millis > HANG_MILLIS) {
                    throw new AssertionError("fuzz target " + target + " took " + millis + " ms on input "
                            + Regressions.literal(input));
                }
                ran++;
            }
            System.out.printf("fuzz: %-12s %6d inputs in %5d ms (seed %d)%n", target, ran,
                    (System.nanoTime() - start) / 1_000_000, SEED);
        }

        String mutate(String seed) {
            StringBuilder s = new StringBuilder(seed);
            int n = 1 + random.nextInt(6);
            for (int k = 0; k < n; k++) {
                int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
                switch (random.nextInt(7)) {
                    case 0 -> s.insert(at, DICTIONARY[random.nextInt(DICTIONARY.length)]);
                    case 1 -> {
                        if (s.length() > 0) {
                            int end = Math.min(s.length(), at + 1 + random.nextInt(8));
                            s.delete(Math.min(at, s.length() - 1), end);
                        }
                    }
                    case 2 -> {
                        if (at < s.length()) {
                            s.setCharAt(at, (char) random.nextInt(random.nextBoolean() ? 128 : 0x10000));
                        }
                    }
                    case 3 -> {
                        int end = Math.min(s.length(), at + random.nextInt(16));
                        String part = s.substring(at, end);
                        s.insert(at, part.repeat(1 + random.nextInt(random.nextInt(20) == 0 ? 200 : 4)));
                    }
                    case 4 -> s.insert(at, seeds[random.nextInt(seeds.length)]);
                    case 5 -> s.insert(at, " ".repeat(random.nextInt(5)));
                    default -> {
                        if (s.length() > 0) {
                            s.setLength(random.nextInt(s.length()));
                        }
                    }
                }
                if (s.length() > 20_000) {
                    s.setLength(20_000);
                }
            }
            return s.toString();
        }
    }

    /** Inputs that once failed, kept and run first (fuzz-regressions.txt: target, a tab, a Java string literal). */
    static final class Regressions {
        static List<String> of(String target) {
            try (var in = FuzzTest.class.getResourceAsStream("/hostile/fuzz-regressions.txt")) {
                if (in == null) {
                    return List.of();
                }
                List<String> out = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int tab = line.indexOf('\t');
                    if (!line.startsWith("#") && tab > 0 && line.substring(0, tab).equals(target)) {
                        out.add(unliteral(line.substring(tab + 1).strip()));
                    }
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String literal(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c >= 0x20 && c < 0x7f) {
                    out.append(c);
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
            return out.append('"').toString();
        }

        static String unliteral(String literal) {
            String s = literal.substring(1, literal.length() - 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && s.charAt(i + 1) == 'u') {
                    out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                } else if (c == '\\') {
                    out.append(s.charAt(++i));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
