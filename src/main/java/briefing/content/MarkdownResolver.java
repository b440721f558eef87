package briefing.content;

import briefing.chart.ChartLoader;
import briefing.data.Figure;
import briefing.data.FigureIndex;
import briefing.data.FigureReferences;
import briefing.dataset.DataPackage;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.value.ValueFormat;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.ext.heading.anchor.IdGenerator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a parsed document to what it refers to, between parsing and rendering: figure references to the briefing's
 * figures, {@code chart} and {@code table} blocks to its charts and datasets, headings to their ids. Reports every
 * mistake at its line and column, and collects the body's internal links and anchors as it goes, so that nothing
 * has to find them in the HTML again. One resolver per document.
 */
final class MarkdownResolver {

    /** What the parsed document holds besides plain Markdown, in document order. */
    private final List<DirectiveExtension.ChartBlock> charts = new ArrayList<>();
    private final List<DirectiveExtension.TableBlock> tables = new ArrayList<>();
    private final List<Node> rawHtml = new ArrayList<>();
    private final List<Node> references = new ArrayList<>();
    private final List<Heading> headingNodes = new ArrayList<>();
    private final List<Node> links = new ArrayList<>();

    private final MarkdownRenderer.Positions positions;
    private final Diagnostics problems;

    MarkdownResolver(Node document, MarkdownRenderer.Positions positions, Diagnostics problems) {
        this.positions = positions;
        this.problems = problems;
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof DirectiveExtension.ChartBlock chart) {
                    charts.add(chart);
                } else if (block instanceof DirectiveExtension.TableBlock table) {
                    tables.add(table);
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FigureReferenceExtension.Reference
                        || node instanceof FigureReferenceExtension.Mistakes) {
                    references.add(node);
                }
                visitChildren(node);
            }

            @Override
            public void visit(Heading heading) {
                headingNodes.add(heading);
                visitChildren(heading);
            }

            @Override
            public void visit(HtmlBlock html) {
                rawHtml.add(html);
            }

            @Override
            public void visit(HtmlInline html) {
                rawHtml.add(html);
            }

            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(image);
                visitChildren(image);
            }
        });
    }

    /** Checks each chart block names one of {@code chartIds}; a block with a mistake is reported and removed. */
    void charts(Set<String> chartIds) {
        for (DirectiveExtension.ChartBlock block : charts) {
            String id = block.fence.getLiteral().strip();
            SourceLocation at = position(block, 0);
            SourceLocation idAt = at.line() > 0 ? new SourceLocation(at.path(), at.line() + 1, at.column()) : at;
            if (id.isEmpty()) {
                problems.error(at, "chart block names no chart", "write the chart's id on the line inside the block");
                block.unlink();
            } else if (!chartIds.contains(id)) {
                problems.unresolved(ChartLoader.CHART + id, idAt, "unknown chart `" + id + "`",
                        chartIds.isEmpty()
                        ? "declare it in charts.yaml beside this briefing's data" : Suggestion.hint(id, chartIds));
                block.unlink();
            } else {
                block.id = id;
            }
        }
    }

    /**
     * Reads each table block against the {@code datasets}' resources (the briefing's data package first, then the
     * desk's); a block with a mistake is reported and removed. Table ids must not take a layout section's id.
     */
    List<DatasetTable> tables(List<DataPackage> datasets) {
        List<DatasetTable> read = new ArrayList<>();
        if (tables.isEmpty()) {
            return read;
        }
        TableDirective directive = new TableDirective(datasets, problems);
        Set<String> ids = new HashSet<>(MarkdownRenderer.RESERVED_IDS);
        for (DirectiveExtension.TableBlock block : tables) {
            FencedCodeBlock fence = block.fence;
            List<SourceSpan> spans = block.getSourceSpans();
            SourceSpan first = spans.isEmpty() ? null : spans.get(0);
            SourceLocation at = first == null ? positions.at(0, 0)
                    : positions.at(first.getLineIndex(), first.getColumnIndex());
            // The literal lost the fence's indent; putting it back makes YAML columns the file's columns.
            int indent = (first == null ? 0 : first.getColumnIndex()) + fence.getFenceIndent();
            String yaml = indent == 0 ? fence.getLiteral()
                    : fence.getLiteral().lines().map(l -> " ".repeat(indent) + l)
                    .collect(Collectors.joining("\n", "", "\n"));
            Optional<DatasetTable> table = directive.read(yaml, at, ids);
            if (table.isPresent()) {
                block.index = read.size();
                read.add(table.get());
            } else {
                block.unlink();
            }
        }
        return read;
    }

    /** Warns about raw HTML the site leaves out. */
    void omitRawHtml() {
        for (Node html : rawHtml) {
            problems.warning(position(html, 0), "raw HTML in Markdown is omitted",
                    "write Markdown instead, or set markdown.raw_html: true in site.yaml");
        }
    }

    /**
     * Gives each reference its figure and reports the unknown and the mistyped ones. A reference does not continue
     * across a line break, so a "}}" after an unclosed "{{" earlier in the same block is the end of that mistake,
     * already reported, not a second one.
     *
     * @param sourcesPage the URL path of the page that lists the sources figures link to; null where none does
     */
    void figures(FigureIndex figures, ValueFormat format, String sourcesPage) {
        Set<Node> unclosedIn = new HashSet<>();
        for (Node node : references) {
            if (node instanceof FigureReferenceExtension.Mistakes found) {
                Node block = found.getParent();
                while (block != null && !(block instanceof Block)) {
                    block = block.getParent();
                }
                for (FigureReferences.Mistake mistake : found.mistakes) {
                    if (mistake.problem() == FigureReferences.Problem.CLOSES_NOTHING && unclosedIn.contains(block)) {
                        continue;
                    }
                    if (mistake.problem() == FigureReferences.Problem.NOT_CLOSED) {
                        unclosedIn.add(block);
                    }
                    problems.error(position(found, mistake.start()), mistake.message(), mistake.hint(figures.keys()));
                }
            } else if (node instanceof FigureReferenceExtension.Reference reference) {
                Figure figure = figures.find(reference.key).orElse(null);
                if (figure == null) {
                    problems.unresolved(reference.key, position(reference, 0), "unknown figure `" + reference.key
                            + "`", Suggestion.hint(reference.key, figures.keys()));
                } else {
                    // A derived figure has no source of its own: it links to how it is computed, its inputs listed.
                    String href = sourcesPage == null ? null : figure.derivation().isPresent()
                            ? sourcesPage + "#" + Briefing.derivedAnchor(figure.key())
                            : figure.source().map(s -> sourcesPage + "#" + Briefing.sourceAnchor(s.id())).orElse(null);
                    reference.resolve(figure, figure.value().format(format), href);
                }
            }
        }
    }

    /**
     * Names the headings, avoiding the layout's ids and {@code taken} (the body's tables'), in document order.
     * Must follow {@link #figures}: a heading's id is made from the text a reader sees.
     */
    List<briefing.content.Heading> headings(List<String> taken) {
        IdGenerator ids = IdGenerator.builder().build();
        MarkdownRenderer.RESERVED_IDS.forEach(ids::generateId);
        taken.forEach(ids::generateId);
        List<briefing.content.Heading> headings = new ArrayList<>();
        for (Heading heading : headingNodes) {
            String label = textOf(heading);
            // IdGenerator lower-cases with the JVM's default locale (Turkish makes "AI" into "aı"): do it first.
            String id = ids.generateId(label.toLowerCase(Locale.ROOT));
            heading.prependChild(new HeadingIdExtension.Id(id));
            headings.add(new briefing.content.Heading(heading.getLevel(), id, label));
        }
        return headings;
    }

    /**
     * Every link and image that points into the site, as written and as published, for the link check to report
     * at its line.
     */
    List<LinkRef> internalLinks(SiteLinkExtension published) {
        List<LinkRef> found = new ArrayList<>();
        for (Node node : links) {
            String url = node instanceof Link link ? link.getDestination() : ((Image) node).getDestination();
            String safe = SiteLinkExtension.SafeUrls.safe(url == null ? "" : url);
            if (safe.isEmpty() || safe.equals("#") || SiteLinkExtension.isExternal(safe)) {
                continue;
            }
            found.add(new LinkRef(url, published.underBasePath(safe), position(node, 0)));
        }
        return found;
    }

    private SourceLocation position(Node node, int offset) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return positions.at(0, 0);
        }
        SourceSpan span = spans.get(0);
        return positions.at(span.getLineIndex(), span.getColumnIndex() + offset);
    }

    private static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FigureReferenceExtension.Reference reference) {
                    out.append(reference.figure == null ? reference.written : reference.text);
                }
                visitChildren(node);
            }
        });
        return out.toString().strip();
    }
}
