package briefing.history;

import briefing.config.ConfigLoader;
import briefing.config.SiteConfig;
import briefing.content.Briefing;
import briefing.content.Content;
import briefing.content.ContentLoader;
import briefing.data.Figure;
import briefing.data.FigureChange;
import briefing.data.FigureDiff;
import briefing.data.FigureValue;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.SourceLocation;
import briefing.history.DiffReport.BriefingChanges;
import briefing.history.DiffReport.FigureLine;
import briefing.history.DiffReport.Shown;
import briefing.history.DiffReport.State;
import briefing.history.DiffReport.SuggestedUpdate;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.Status;
import briefing.value.ValueFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the figures of the content at a git revision with those of the working tree. Both versions are loaded
 * by the build's own loaders, so a figure is compared exactly as the site would show it, and a version with
 * mistakes is reported as the build would report it.
 */
public final class FigureHistory {

    private final Path workingDir;

    /** @param workingDir the folder the working tree's paths are shown relative to */
    public FigureHistory(Path workingDir) {
        this.workingDir = workingDir;
    }

    /**
     * @param clock today, in the site's time zone, dates the suggested updates
     * @throws RevisionException    when the revision cannot be read (see {@link RevisionContent#extract})
     * @throws BuildFailedException when either version of the content has mistakes; those at the revision are
     *                              shown as {@code <revision>:<path>}
     * @throws IOException          when the revision cannot be copied to a temporary folder
     */
    public DiffReport compare(Path contentDir, String revision, boolean drafts, Clock clock)
            throws RevisionException, BuildFailedException, IOException {
        if (!Files.isDirectory(contentDir)) {
            throw new BuildFailedException(Diagnostic.error(SourceLocation.file(
                            new SourceReader(workingDir, 0).displayPath(contentDir)), "content folder not found",
                    "run from the project folder or pass --content PATH"));
        }
        Content now = load(workingDir, contentDir, drafts);
        Content then;
        String commit;
        try (RevisionContent old = RevisionContent.extract(contentDir, revision)) {
            commit = old.commit();
            try {
                then = load(old.root(), old.contentDir(), drafts);
            } catch (BuildFailedException e) {
                throw new BuildFailedException(e.diagnostics().stream().map(d -> at(revision, d)).toList());
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(now.config().timeZone()));
        return report(revision, commit, then, now, new ValueFormat(now.config().locale()), today);
    }

    private static Content load(Path base, Path contentDir, boolean drafts) throws BuildFailedException {
        SiteConfig config = new ConfigLoader(new SourceReader(base, SiteConfig.Limits.DEFAULT.maxFileBytes()))
                .load(contentDir);
        long limit = config.limits().maxFileBytes();
        return new ContentLoader(new SourceReader(base, limit), new YamlReader(limit)).load(config, contentDir, drafts);
    }

    /** A finding about the content at the revision, named as git names a file there: {@code HEAD~1:content/...}. */
    private static Diagnostic at(String revision, Diagnostic d) {
        return new Diagnostic(d.severity(), at(revision, d.location()), d.message(), d.hint(),
                d.cause() == null ? null : at(revision, d.cause()));
    }

    private static SourceLocation at(String revision, SourceLocation l) {
        return new SourceLocation(revision + ":" + l.path(), l.line(), l.column());
    }

    static DiffReport report(String revision, String commit, Content then, Content now, ValueFormat format,
                             LocalDate today) {
        Map<String, Briefing> before = bySlug(then);
        Map<String, Briefing> after = bySlug(now);
        TreeSet<String> slugs = new TreeSet<>(before.keySet());
        slugs.addAll(after.keySet());
        List<BriefingChanges> briefings = new ArrayList<>();
        for (String slug : slugs) {
            Briefing was = before.get(slug);
            Briefing is = after.get(slug);
            if (was == null) {
                briefings.add(new BriefingChanges(slug, is.title(), is.location().path(), State.ADDED,
                        is.data().figures().keys().size(), List.of(), List.of()));
            } else if (is == null) {
                briefings.add(new BriefingChanges(slug, was.title(), revision + ":" + was.location().path(),
                        State.REMOVED, was.data().figures().keys().size(), List.of(), List.of()));
            } else {
                FigureDiff diff = FigureDiff.between(was.data().figures(), is.data().figures());
                if (!diff.isEmpty()) {
                    List<FigureLine> lines = diff.changes().stream().map(c -> line(c, format)).toList();
                    briefings.add(new BriefingChanges(slug, is.title(), is.location().path(), State.CHANGED,
                            is.data().figures().keys().size(), lines, suggestions(diff, lines, today)));
                }
            }
        }
        return new DiffReport(revision, commit, briefings);
    }

    private static Map<String, Briefing> bySlug(Content content) {
        Map<String, Briefing> out = new TreeMap<>();
        content.briefings().forEach(b -> out.put(b.slug(), b));
        return out;
    }

    private static FigureLine line(FigureChange c, ValueFormat format) {
        Shown before = c.before().map(f -> shown(f, f.value().format(format)))
                .orElse(null);
        Shown after = c.after().map(f -> shown(f, f.value().format(format))).orElse(null);
        // Two values that differ but display alike ($1.234 billion and $1.236 billion both read "$1.2 billion")
        // are shown as written, or the line would claim a change it does not show.
        if (before != null && after != null && c.valueChanged() && before.value().equals(after.value())) {
            before = shown(c.before().get(), canonical(c.before().get().value()));
            after = shown(c.after().get(), canonical(c.after().get().value()));
        }
        return new FigureLine(c.key(), c.latest().label(), c.kind(), before, after);
    }

    private static Shown shown(Figure f, String value) {
        return new Shown(value, f.status().map(Status::id).orElse(null),
                f.source().map(s -> s.id()).orElse(null), f.source().map(s -> s.name()).orElse(null));
    }

    private static String canonical(FigureValue value) {
        if (value instanceof FigureValue.OfMoney m) {
            return m.money().canonical();
        } else if (value instanceof FigureValue.OfCount c) {
            return c.count().canonical();
        } else if (value instanceof FigureValue.OfPercent p) {
            return p.percent().canonical();
        } else if (value instanceof FigureValue.OfDate d) {
            return d.date().canonical();
        } else if (value instanceof FigureValue.OfNumber n) {
            return n.canonical();
        } else if (value instanceof FigureValue.OfText t) {
            return t.text();
        } else if (value instanceof FigureValue.OfChange c) {
            return c.change().canonical();
        }
        throw new IllegalStateException("a figure value of an unknown kind: " + value);
    }

    /**
     * One update per change, except for a figure that follows from another listed one ({@code valuations.x.date}
     * when {@code valuations.x} is listed, a derived figure when one of its inputs is): its line would repeat it.
     * Texts refer to the figure by key, so the page shows the current value with its status and source; an old
     * value is quoted, as it is no longer in the data.
     */
    static List<SuggestedUpdate> suggestions(FigureDiff diff, List<FigureLine> lines, LocalDate today) {
        List<SuggestedUpdate> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            FigureLine line = lines.get(i);
            FigureChange change = diff.changes().get(i);
            // A derived figure follows from its inputs: "Amazon's share" changes because Amazon's amount did.
            java.util.Set<String> inputs = new java.util.HashSet<>();
            change.latest().derivation().ifPresent(d -> d.inputs().forEach(in -> inputs.add(in.figure().key())));
            boolean follows = lines.stream().anyMatch(other -> line.key().startsWith(other.key() + ".")
                    || inputs.contains(other.key()));
            if (!follows) {
                out.add(suggestion(change, line, today));
            }
        }
        return out;
    }

    private static SuggestedUpdate suggestion(FigureChange c, FigureLine line, LocalDate today) {
        String ref = "{{ " + c.key() + " }}";
        Shown was = line.before();
        Shown is = line.after();
        return switch (c.kind()) {
            case ADDED -> new SuggestedUpdate(today, "New figure: " + line.label() + ", " + ref
                    + (is.status() == null ? "" : " (" + is.status() + ")") + ".", c.key());
            case REMOVED -> new SuggestedUpdate(today, "Removed: " + line.label() + " (" + was.value()
                    + (was.status() == null ? "" : ", " + was.status()) + ").", null);
            case CHANGED -> {
                StringBuilder text = new StringBuilder(line.label()).append(": ");
                if (c.valueChanged()) {
                    text.append("now ").append(ref);
                    if (c.statusChanged()) {
                        text.append(", ").append(status(is));
                    }
                    text.append(" (was ").append(was.value());
                    if (c.statusChanged()) {
                        text.append(", ").append(status(was));
                    }
                    text.append(')');
                } else if (c.statusChanged()) {
                    text.append(ref).append(" is now ").append(status(is)).append(" (was ").append(status(was))
                            .append(')');
                } else {
                    text.append(ref);
                }
                if (c.sourceChanged()) {
                    text.append("; source: ").append(sourceName(is)).append(" (was ").append(sourceName(was))
                            .append(')');
                }
                yield new SuggestedUpdate(today, text.append('.').toString(), c.key());
            }
        };
    }

    private static String status(Shown shown) {
        return shown.status() == null ? "without status" : shown.status();
    }

    private static String sourceName(Shown shown) {
        return shown.sourceName() == null ? "none" : shown.sourceName();
    }
}
