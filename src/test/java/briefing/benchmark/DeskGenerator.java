package briefing.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic desk of N briefings in the real content format (and, optionally, the same corpus as a Hugo
 * site), deterministically from a seed: the same (seed, N, charts) always gives byte-identical files.
 *
 * <p>Each briefing has an {@code index.md} with front matter and a body of about 600 words (five {@code ##}
 * sections, a list, a GFM table, internal, anchor and external links, figure references such as
 * {@code {{ round.lead }}}), {@code sources.yaml}, {@code round.yaml}, {@code investments.yaml} (3 rows),
 * {@code timeline.yaml} (5 events), {@code faqs.yaml} (3 FAQs), {@code figures.yaml} (the lead's share) and, with {@code charts > 0}, a {@code charts.yaml}
 * whose charts are placed in the body.
 *
 * <p>The Hugo corpus has one Markdown page per briefing (same front matter and body, with the figures written out
 * as text, since Hugo has no figure references) and one data file per page with the same 3 investment rows,
 * rendered as a table by the minimal layout in {@code src/bench/hugo/}.
 *
 * <p>With {@link #withCompanies()}, the desk keeps a company list ({@code content/companies.yaml}, every company and
 * investor named, about one per briefing): the data names companies by id, timeline events name the companies they
 * are about, every tenth briefing has an {@code updates} entry, and the site gets a page per company. The Hugo corpus
 * is the same either way.
 *
 * <p>Run alone: {@code java -cp target/bench-classes briefing.benchmark.DeskGenerator OUT N [charts] [seed]
 * [companies]}.
 */
public final class DeskGenerator {

    public static final long DEFAULT_SEED = 20260227L;

    private static final String[] COMPANIES = {"Acme Robotics", "Borealis AI", "Cobalt Systems", "Delta Compute",
        "Ember Labs", "Fjord Data", "Granite Models", "Helix Cloud", "Iris Vision", "Juniper Chips", "Kestrel Health",
        "Lumen Logic", "Meridian Robotics", "Nimbus Networks", "Orbit Analytics", "Pioneer Semantics", "Quartz AI",
        "Redwood Machines", "Summit Agents", "Tundra Storage"};
    private static final String[] INVESTORS = {"Northwind Capital", "Atlas Ventures", "Blue Harbor Fund",
        "Crescent Partners", "Evergreen Holdings", "Falcon Growth", "Gulf Sovereign Fund", "Horizon Tech",
        "Ironclad Equity", "Jade Street Capital", "Keystone Cloud", "Lighthouse Investments"};
    private static final String[] NOUNS = {"model", "platform", "cluster", "contract", "partnership", "round",
        "valuation", "customer", "market", "strategy", "team", "product", "licence", "workload", "datacentre",
        "chip", "agreement", "board", "investor", "rival", "regulator", "forecast", "budget", "pipeline"};
    private static final String[] VERBS = {"expands", "secures", "weighs", "delays", "accelerates", "reshapes",
        "funds", "supports", "limits", "tests", "reviews", "extends", "signals", "challenges", "anchors", "doubles"};
    private static final String[] ADJECTIVES = {"large", "early", "strategic", "reported", "regional", "steady",
        "costly", "ambitious", "cautious", "competitive", "private", "public", "global", "modest", "rapid", "open"};
    private static final String[] ADVERBS = {"quietly", "reportedly", "steadily", "sharply", "carefully",
        "publicly", "gradually", "again", "already", "eventually"};
    private static final String[] TAGS = {"Funding", "Cloud", "Chips", "Robotics", "Health", "Agents", "Data",
        "Regulation", "Partnerships", "Valuation"};
    private static final String[] HEADINGS = {"What is reported", "Why it matters", "The wider round",
        "Risks and open questions", "Outlook"};

    /** What the generator wrote. */
    public record Desk(Path content, Path hugo, int briefings, int charts, long seed, long bytes) {
        /** The slug of briefing {@code i} (0-based). */
        public static String slug(int i) {
            return String.format(Locale.ROOT, "deal-%05d", i);
        }
    }

    private final long seed;
    private final boolean companies;

    public DeskGenerator(long seed) {
        this(seed, false);
    }

    private DeskGenerator(long seed, boolean companies) {
        this.seed = seed;
        this.companies = companies;
    }

    /** The same desk with a company list (see the class comment). */
    public DeskGenerator withCompanies() {
        return new DeskGenerator(seed, true);
    }

    /** A company's id in the generated company list. */
    static String companyId(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * Writes {@code root/content} (the briefing desk, with the project's {@code site.yaml} and {@code about.md}
     * copied from {@code projectContent}) and, if {@code hugo}, {@code root/hugo} (config and layout copied from
     * {@code hugoLayout}).
     */
    public Desk write(Path root, int n, int charts, Path projectContent, Path hugoLayout, boolean hugo)
            throws IOException {
        Path content = root.resolve("content");
        Path briefings = content.resolve("briefings");
        Files.createDirectories(briefings);
        long[] bytes = {0};
        copy(projectContent.resolve("site.yaml"), content.resolve("site.yaml"), bytes);
        copy(projectContent.resolve("about.md"), content.resolve("about.md"), bytes);
        Path hugoRoot = root.resolve("hugo");
        if (hugo) {
            copyTree(hugoLayout, hugoRoot);
            Files.createDirectories(hugoRoot.resolve("content/briefings"));
            Files.createDirectories(hugoRoot.resolve("data/deals"));
            write(hugoRoot.resolve("content/about.md"), "---\ntitle: About this briefing\n---\n"
                    + FrontMatterless.body(Files.readString(projectContent.resolve("about.md"))), bytes);
        }
        java.util.Map<String, String> named = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            long own = seed * 1_000_003L + i;
            Briefing b = new Briefing(i, n, charts, new SplittableRandom(own), companies ? named : null);
            Path dir = briefings.resolve(b.slug);
            Files.createDirectories(dir);
            write(dir.resolve("index.md"), b.indexMd(false), bytes);
            write(dir.resolve("sources.yaml"), b.sourcesYaml(), bytes);
            write(dir.resolve("round.yaml"), b.roundYaml(), bytes);
            write(dir.resolve("investments.yaml"), b.investmentsYaml(), bytes);
            write(dir.resolve("timeline.yaml"), b.timelineYaml(), bytes);
            write(dir.resolve("faqs.yaml"), b.faqsYaml(), bytes);
            write(dir.resolve("figures.yaml"), b.figuresYaml(), bytes);
            if (charts > 0) {
                write(dir.resolve("charts.yaml"), b.chartsYaml(), bytes);
            }
            if (hugo) {
                // A fresh stream with the same seed: the same words, with the figures written out.
                Briefing h = new Briefing(i, n, charts, new SplittableRandom(own), null);
                write(hugoRoot.resolve("content/briefings/" + b.slug + ".md"), h.indexMd(true), bytes);
                write(hugoRoot.resolve("data/deals/" + b.slug + ".yaml"), b.hugoDealsYaml(), bytes);
            }
        }
        if (companies) {
            StringBuilder list = new StringBuilder("companies:\n");
            named.forEach((id, name) -> list.append("  - id: ").append(id).append("\n    name: ").append(name)
                    .append("\n    description: ").append(name).append(", a company of the synthetic desk.\n"));
            write(content.resolve("companies.yaml"), list.toString(), bytes);
        }
        return new Desk(content, hugo ? hugoRoot : null, n, charts, seed, bytes[0]);
    }

    /** Strips front matter from a Markdown file. */
    private static final class FrontMatterless {
        static String body(String md) {
            if (!md.startsWith("---")) {
                return md;
            }
            int end = md.indexOf("\n---", 3);
            return end < 0 ? md : md.substring(md.indexOf('\n', end + 1) + 1);
        }
    }

    private static void copy(Path from, Path to, long[] bytes) throws IOException {
        Files.copy(from, to);
        bytes[0] += Files.size(to);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void write(Path file, String text, long[] bytes) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, data);
        bytes[0] += data.length;
    }

    /** One briefing's data, drawn from its own random stream, and its files in both formats. */
    private static final class Briefing {
        final int index;
        final int count;
        final int charts;
        final SplittableRandom random;
        final String slug;
        final String company;
        final String lead;
        final String second;
        final String portfolio;
        final LocalDate date;
        final int total;
        final int leadAmount;
        final int secondAmount;
        final int stake;
        final int foundedYear;

        /** Company names by id, filled as this briefing names them; null when the desk keeps no company list. */
        final java.util.Map<String, String> named;

        Briefing(int index, int count, int charts, SplittableRandom random, java.util.Map<String, String> named) {
            this.named = named;
            this.index = index;
            this.count = count;
            this.charts = charts;
            this.random = random;
            this.slug = Desk.slug(index);
            this.company = pick(COMPANIES) + " " + (index / COMPANIES.length + 1);
            this.lead = pick(INVESTORS);
            String s;
            do {
                s = pick(INVESTORS);
            } while (s.equals(lead));
            this.second = s;
            this.portfolio = pick(COMPANIES);
            this.date = LocalDate.of(2020, 1, 1).plusDays(index % 2500);
            this.total = 20 + random.nextInt(180);
            this.leadAmount = 1 + random.nextInt(total / 2);
            this.secondAmount = 1 + random.nextInt(Math.max(1, total / 4));
            this.stake = 1 + random.nextInt(15);
            this.foundedYear = 2005 + random.nextInt(12);
        }

        /** How the data names a company: by id with a company list (recording it), else by name. */
        private String who(String name) {
            if (named == null) {
                return name;
            }
            String id = companyId(name);
            named.put(id, name);
            return id;
        }

        /** The {@code companies} line of a timeline event, with a company list. */
        private String about(String... names) {
            if (named == null) {
                return "";
            }
            return "    companies: [" + String.join(", ", java.util.Arrays.stream(names).map(this::who).toList())
                    + "]\n";
        }

        private String pick(String[] words) {
            return words[random.nextInt(words.length)];
        }

        // --- figures: a reference in briefing's format, the formatted text in Hugo's ---

        private String fig(boolean hugo, String key) {
            if (!hugo) {
                return "{{ " + key + " }}";
            }
            return switch (key) {
                case "round.total" -> "$" + total + " billion";
                case "round.lead" -> "up to $" + leadAmount + " billion";
                case "derived.lead-share" -> "up to " + share(leadAmount, total) + "%";
                case "round.second" -> "$" + secondAmount + " billion";
                case "investments.portfolio-stake" -> "about $" + stake + " billion";
                case "timeline.founded" -> Integer.toString(foundedYear);
                default -> throw new IllegalArgumentException(key);
            };
        }

        private static String share(int part, int whole) {
            double pct = Math.round(part * 1000.0 / whole) / 10.0;
            return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
        }

        // --- prose ---

        private String sentence() {
            String subject = cap(pick(ADJECTIVES)) + " " + pick(NOUNS);
            int shape = random.nextInt(4);
            return switch (shape) {
                case 0 -> subject + " " + pick(VERBS) + " the " + pick(NOUNS) + " of " + company + ".";
                case 1 -> "The " + pick(NOUNS) + " " + pick(ADVERBS) + " " + pick(VERBS) + " a " + pick(ADJECTIVES)
                        + " " + pick(NOUNS) + ", according to people familiar with the " + pick(NOUNS) + ".";
                case 2 -> subject + " " + pick(ADVERBS) + " " + pick(VERBS) + " " + lead + "'s " + pick(NOUNS)
                        + " while the " + pick(NOUNS) + " " + pick(VERBS) + " its " + pick(ADJECTIVES) + " "
                        + pick(NOUNS) + ".";
                default -> "Analysts say the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(VERBS)
                        + " the " + pick(NOUNS) + " and " + pick(VERBS) + " the " + pick(NOUNS) + ".";
            };
        }

        private static String cap(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        /** A paragraph of about {@code words} words, starting with {@code lead} (which may hold figures). */
        private String paragraph(String opening, int words) {
            StringBuilder p = new StringBuilder(opening);
            int n = opening.split("\\s+").length;
            while (n < words) {
                String s = sentence();
                p.append(p.length() == 0 ? "" : " ").append(s);
                n += s.split(" ").length;
            }
            return p.toString();
        }

        String title() {
            return company + " " + pick(VERBS) + " a " + pick(ADJECTIVES) + " funding round led by " + lead;
        }

        String indexMd(boolean hugo) {
            StringBuilder md = new StringBuilder();
            String title = title();
            md.append("---\n");
            md.append("title: \"").append(title).append("\"\n");
            if (!hugo) {
                md.append("subtitle: \"").append(second).append(" and others are said to be joining, in briefing ")
                        .append(index + 1).append(" of the desk\"\n");
            }
            md.append("date: ").append(date).append('\n');
            if (!hugo) {
                md.append("authors: [Briefing Desk]\n");
            }
            md.append("tags: [").append(TAGS[index % TAGS.length]).append(", ").append(TAGS[(index + 3) % TAGS.length])
                    .append("]\n");
            md.append("summary: \"").append(company).append(" is reported to be raising ").append(fig(hugo, "round.total"))
                    .append(", with ").append(lead).append(" said to put in ").append(fig(hugo, "round.lead"))
                    .append(". No agreement has been announced.\"\n");
            if (!hugo) {
                md.append("key_figures: [round.total, round.lead, investments.portfolio-stake]\n");
            }
            if (!hugo && named != null && index % 10 == 0) {
                md.append("updates:\n  - date: ").append(date).append("\n    text: \"").append(lead)
                        .append("'s part reported at {{ round.lead }}.\"\n    figure: round.lead\n");
            }
            md.append("---\n");

            // 1. What is reported: a paragraph with figures, then a list.
            md.append("## ").append(HEADINGS[0]).append("\n\n");
            md.append(paragraph(company + " is in talks to raise " + fig(hugo, "round.total") + ", according to a "
                    + "[news report](https://example.com/news/" + slug + "). " + lead + " could invest "
                    + fig(hugo, "round.lead") + ", which would be " + fig(hugo, "derived.lead-share")
                    + " of the round.", 95)).append("\n\n");
            md.append("The talks reportedly cover:\n\n");
            for (int i = 0; i < 4; i++) {
                md.append("- ").append(pick(ADJECTIVES)).append(' ').append(pick(NOUNS)).append(" terms for the ")
                        .append(pick(NOUNS)).append(";\n");
            }
            md.append('\n');
            if (!hugo && charts > 0) {
                md.append("```chart\nround-by-investor\n```\n\n");
            }

            // 2. Why it matters: links (previous briefing, about page, an anchor) and a GFM table.
            md.append("## ").append(HEADINGS[1]).append("\n\n");
            String previous = index > 0 ? "[the previous briefing](/briefings/" + Desk.slug(index - 1) + "/)"
                    : "[the about page](/about/)";
            String anchor = hugo ? "the deals table below" : "[the investments table](#investments)";
            md.append(paragraph("As " + previous + " noted, " + lead + " already holds a stake of "
                    + fig(hugo, "investments.portfolio-stake") + " in " + portfolio + "; see " + anchor
                    + " and [how we handle figures](/about/).", 95)).append("\n\n");
            md.append("| Investor | Amount | Stage |\n|---|---:|---|\n");
            md.append("| ").append(lead).append(" | ").append(fig(hugo, "round.lead")).append(" | In advanced talks |\n");
            md.append("| ").append(second).append(" | ").append(fig(hugo, "round.second"))
                    .append(" | Considering an investment |\n");
            md.append("| Other investors | not reported | Exploring participation |\n\n");

            // 3-5.
            md.append("## ").append(HEADINGS[2]).append("\n\n");
            md.append(paragraph(second + " is said to be considering " + fig(hugo, "round.second") + ". "
                    + company + " was founded in " + fig(hugo, "timeline.founded") + ".", 85)).append("\n\n");
            if (!hugo && charts > 1) {
                md.append("```chart\ninvestors\n```\n\n");
            }
            for (int c = 2; !hugo && c < charts; c++) {
                md.append("```chart\nextra-").append(c).append("\n```\n\n");
            }
            md.append("## ").append(HEADINGS[3]).append("\n\n");
            md.append(paragraph("", 95)).append("\n\n");
            md.append(paragraph("", 50)).append("\n\n");
            md.append("## ").append(HEADINGS[4]).append("\n\n");
            md.append(paragraph("Until the companies announce terms, every figure here should be read with "
                    + "its status.", 75)).append('\n');
            return md.toString();
        }

        String sourcesYaml() {
            return "sources:\n"
                    + "  - id: press-report\n"
                    + "    name: News report on " + company + "'s funding round\n"
                    + "    publisher: Example News\n"
                    + "    date: " + date.toString().substring(0, 7) + "\n"
                    + "    kind: news-report\n"
                    + "    status: reported\n"
                    + "    url: https://example.com/news/" + slug + "\n"
                    + "  - id: analyst-note\n"
                    + "    name: Analysts' estimate, as cited in the report\n"
                    + "    kind: analyst-estimate\n"
                    + "    status: estimated\n"
                    + "    note: The analysts are not named.\n";
        }

        String roundYaml() {
            return "company: " + who(company) + "\n"
                    + "name: " + company + " funding round\n"
                    + "date: " + date.toString().substring(0, 7) + "\n"
                    + "total:\n"
                    + "  amount: $" + total + " billion\n"
                    + "  status: reported\n"
                    + "  source: press-report\n"
                    + "participants:\n"
                    + "  - id: lead\n"
                    + "    investor: " + who(lead) + "\n"
                    + "    amount: up to $" + leadAmount + " billion\n"
                    + "    stage: In advanced talks\n"
                    + "    status: reported\n"
                    + "    source: press-report\n"
                    + "  - id: second\n"
                    + "    investor: " + who(second) + "\n"
                    + "    amount: $" + secondAmount + " billion\n"
                    + "    stage: Considering an investment\n"
                    + "    status: reported\n"
                    + "    source: press-report\n"
                    + "  - id: others\n"
                    + "    investor: " + who("Other investors") + "\n"
                    + "    stage: Exploring participation\n"
                    + "    status: reported\n"
                    + "    source: press-report\n"
                    + "    note: No amount reported.\n";
        }

        String investmentsYaml() {
            return "investor: " + who(lead) + "\n"
                    + "investments:\n"
                    + "  - id: target\n"
                    + "    company: " + who(company) + "\n"
                    + "    current:\n"
                    + "      - text: Existing cloud partnership\n"
                    + "        source: press-report\n"
                    + "    potential:\n"
                    + "      - text: Stake in the funding round, under negotiation\n"
                    + "        figure: round.lead\n"
                    + "    purpose: Access to " + company + "'s models and a seat at the table\n"
                    + "  - id: portfolio\n"
                    + "    company: " + who(portfolio) + "\n"
                    + "    current:\n"
                    + "      - text: Equity investment in " + portfolio + "\n"
                    + "        id: portfolio-stake\n"
                    + "        amount: about $" + stake + " billion\n"
                    + "        status: reported\n"
                    + "        source: press-report\n"
                    + "    purpose: Diversification across competing model developers\n"
                    + "  - id: own-lab\n"
                    + (named == null ? "    company: " + lead + "'s own research\n"
                    : "    company: " + who(lead) + "\n    label: " + lead + "'s own research\n")
                    + "    current:\n"
                    + "      - text: Annual research spending\n"
                    + "        source: press-report\n"
                    + "    potential:\n"
                    + "      - text: Continued internal investment\n"
                    + "        source: press-report\n"
                    + "    purpose: Independence from outside providers\n";
        }

        /** The same 3 rows for Hugo, figures written out. */
        String hugoDealsYaml() {
            return "investor: " + lead + "\n"
                    + "investments:\n"
                    + "  - company: " + company + "\n"
                    + "    current: Existing cloud partnership\n"
                    + "    potential: \"Stake in the funding round, under negotiation: up to $" + leadAmount
                    + " billion\"\n"
                    + "    purpose: Access to " + company + "'s models and a seat at the table\n"
                    + "  - company: " + portfolio + "\n"
                    + "    current: \"Equity investment in " + portfolio + ": about $" + stake + " billion\"\n"
                    + "    potential: \"\"\n"
                    + "    purpose: Diversification across competing model developers\n"
                    + "  - company: " + lead + "'s own research\n"
                    + "    current: Annual research spending\n"
                    + "    potential: Continued internal investment\n"
                    + "    purpose: Independence from outside providers\n";
        }

        String timelineYaml() {
            int y = date.getYear();
            String ym = date.toString().substring(0, 7);
            return "events:\n"
                    + "  - id: founded\n"
                    + "    date: " + foundedYear + "\n"
                    + "    title: " + company + " is founded\n"
                    + about(company)
                    + "    status: confirmed\n"
                    + "    source: press-report\n"
                    + "  - id: first-product\n"
                    + "    date: " + (foundedYear + 2) + "\n"
                    + "    title: " + company + " ships its first product\n"
                    + about(company)
                    + "    text: The launch made the company widely known.\n"
                    + "    status: confirmed\n"
                    + "  - id: portfolio-deal\n"
                    + "    date: Q2 " + (y - 1) + "\n"
                    + "    title: " + lead + " backs " + portfolio + "\n"
                    + about(lead, portfolio)
                    + "    text: \"The investment was reported at {{ investments.portfolio-stake }}.\"\n"
                    + "    status: reported\n"
                    + "    source: press-report\n"
                    + "  - id: talks-reported\n"
                    + "    date: " + ym + "\n"
                    + "    title: Talks are reported\n"
                    + about(lead, company)
                    + "    text: \"" + lead + " could put {{ round.lead }} into a round of {{ round.total }}.\"\n"
                    + "    status: reported\n"
                    + "    source: press-report\n"
                    + "  - id: close-expected\n"
                    + "    date: Q4 " + (y + 1) + "\n"
                    + "    title: The round could close\n"
                    + "    status: planned\n";
        }

        /** The lead investor's share of the round, a derived figure. */
        String figuresYaml() {
            return "figures:\n"
                    + "  - id: lead-share\n"
                    + "    label: " + lead + "'s share of the round\n"
                    + "    share: {part: round.lead, of: round.total}\n";
        }

        String faqsYaml() {
            return "faqs:\n"
                    + "  - id: how-much\n"
                    + "    question: How much is " + lead + " said to be discussing?\n"
                    + "    answer: |\n"
                    + "      " + lead + " could invest {{ round.lead }} in a round reported to total "
                    + "{{ round.total }}, which would be {{ derived.lead-share }} of it. " + sentence() + "\n"
                    + "    sources: [press-report]\n"
                    + "  - id: why\n"
                    + "    question: Why would " + lead + " back " + company + "?\n"
                    + "    answer: |\n"
                    + "      It already holds {{ investments.portfolio-stake }} in " + portfolio + ". " + sentence()
                    + " " + sentence() + "\n"
                    + "    sources: [press-report, analyst-note]\n"
                    + "  - id: confirmed\n"
                    + "    question: Has the deal been confirmed?\n"
                    + "    answer: |\n"
                    + "      No. Neither company has confirmed the terms. " + sentence() + "\n";
        }

        String chartsYaml() {
            StringBuilder y = new StringBuilder("charts:\n");
            y.append("  - id: round-by-investor\n")
                    .append("    type: donut\n")
                    .append("    title: The round by investor\n")
                    .append("    data: {from: round.participants, label: investor, value: amount, remainder: Others}\n")
                    .append("    note: Amounts are reported upper bounds.\n")
                    .append("    source: press-report\n");
            if (charts > 1) {
                y.append("  - id: investors\n")
                        .append("    type: horizontal-bar\n")
                        .append("    title: Commitments by investor\n")
                        .append("    data: {from: round.participants, label: investor, value: amount}\n")
                        .append("    source: press-report\n");
            }
            for (int c = 2; c < charts; c++) {
                y.append("  - id: extra-").append(c).append('\n')
                        .append("    type: bar\n")
                        .append("    title: Commitments, view ").append(c).append('\n')
                        .append("    series:\n")
                        .append("      - name: Amount\n")
                        .append("        points:\n")
                        .append("          - {label: Lead, figure: round.lead}\n")
                        .append("          - {label: Second, figure: round.second}\n");
            }
            return y.toString();
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DeskGenerator OUT N [charts] [seed] [companies]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int charts = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        DeskGenerator generator = new DeskGenerator(seed);
        if (args.length > 4 && args[4].equals("companies")) {
            generator = generator.withCompanies();
        }
        Desk desk = generator.write(out, n, charts, Path.of("content"), Path.of("src/bench/hugo"), true);
        System.out.printf("wrote %d briefings (%d charts each) to %s and %s (%d bytes)%n", desk.briefings(),
                desk.charts(), desk.content(), desk.hugo(), desk.bytes());
    }
}
