package briefing.content;

import briefing.dataset.DataPackage;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a table goes in the body: a fenced block with the info string {@code table} becomes this placeholder,
 * rendered as a marker that {@link RenderedMarkdown#split} cuts the HTML at, so the layout draws the table with its
 * own partial. In other Markdown viewers the block degrades to a code block showing its options.
 */
final class TablePlace extends CustomBlock {

    final int index;

    private TablePlace(int index) {
        this.index = index;
    }

    /** Replaces every {@code table} block of the document; a block with a mistake is reported and removed. */
    static List<DatasetTable> place(Node document, MarkdownRenderer.Positions positions, List<DataPackage> datasets,
                                    Diagnostics problems) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if ("table".equals(block.getInfo() == null ? "" : block.getInfo().strip())) {
                    blocks.add(block);
                }
            }
        });
        List<DatasetTable> tables = new ArrayList<>();
        if (blocks.isEmpty()) {
            return tables;
        }
        TableDirective directive = new TableDirective(datasets, problems);
        // Table ids must not take a layout section's id; headings, numbered after, avoid the tables' ids.
        Set<String> ids = new HashSet<>(MarkdownRenderer.RESERVED_IDS);
        for (FencedCodeBlock block : blocks) {
            List<SourceSpan> spans = block.getSourceSpans();
            SourceSpan first = spans.isEmpty() ? null : spans.get(0);
            SourceLocation fence = first == null ? positions.at(0, 0)
                    : positions.at(first.getLineIndex(), first.getColumnIndex());
            // The literal lost the fence's indent; putting it back makes YAML columns the file's columns.
            int indent = (first == null ? 0 : first.getColumnIndex()) + block.getFenceIndent();
            String yaml = indent == 0 ? block.getLiteral()
                    : block.getLiteral().lines().map(l -> " ".repeat(indent) + l)
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
            Optional<DatasetTable> table = directive.read(yaml, fence, ids);
            if (table.isPresent()) {
                block.insertBefore(new TablePlace(tables.size()));
                tables.add(table.get());
            }
            block.unlink();
        }
        return tables;
    }
}
