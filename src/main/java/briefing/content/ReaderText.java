package briefing.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text a reader sees in rendered prose, from the Markdown tree rather than from its HTML: figures as their
 * values with their status notes, links as their words, images as nothing (as in the DOM's text), block elements
 * separated by a space, whitespace collapsed to single spaces as the DOM's text reads (no-break spaces included;
 * zero-width spaces and soft hyphens dropped; code blocks keep theirs). Raw HTML tags are not text.
 */
final class ReaderText extends AbstractVisitor {

    private final StringBuilder out = new StringBuilder();

    static String of(Node document) {
        ReaderText text = new ReaderText();
        document.accept(text);
        return text.out.toString().strip();
    }

    /**
     * A body's text split at its top-level headings (those of {@code headings}, by the id the resolver gave them).
     * Chart and table blocks are left out: they are drawn from data, not written as text.
     */
    static RenderedMarkdown.Text sections(Node document, java.util.List<briefing.content.Heading> headings) {
        java.util.Map<String, briefing.content.Heading> byId = new java.util.HashMap<>();
        headings.forEach(h -> byId.putIfAbsent(h.id(), h));
        ReaderText intro = new ReaderText();
        java.util.List<briefing.content.Heading> found = new java.util.ArrayList<>();
        java.util.List<ReaderText> texts = new java.util.ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof DirectiveExtension.ChartBlock || node instanceof DirectiveExtension.TableBlock) {
                continue;
            }
            briefing.content.Heading heading = node instanceof org.commonmark.node.Heading ? byId.get(idOf(node))
                    : null;
            if (heading != null) {
                found.add(heading);
                texts.add(new ReaderText());
                continue;
            }
            node.accept(texts.isEmpty() ? intro : texts.get(texts.size() - 1));
        }
        java.util.List<RenderedMarkdown.Section> sections = new java.util.ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            sections.add(new RenderedMarkdown.Section(found.get(i), texts.get(i).out.toString().strip()));
        }
        return new RenderedMarkdown.Text(intro.out.toString().strip(), sections);
    }

    private static String idOf(Node heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HeadingIdExtension.Id id) {
                return id.id;
            }
        }
        return null;
    }

    /** Text as a browser reads it: a run of whitespace is one space, and none after whitespace. */
    private void text(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (isWhitespace(c)) {
                space();
            } else if (c != '\u200b' && c != '\u00ad') {
                out.append(c);
            }
        }
    }

    /**
     * Between blocks, and for a whitespace character: a space unless the text so far ends with one (a code block's
     * final line break is not one, as in the DOM's text).
     */
    private void space() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00a0';
    }

    @Override
    public void visit(Text text) {
        text(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        text(code.getLiteral());
    }

    /** A code block is preformatted: its whitespace is kept. */
    @Override
    public void visit(FencedCodeBlock block) {
        space();
        out.append(block.getLiteral());
        space();
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        space();
        out.append(block.getLiteral());
        space();
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        space();
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        space();
    }

    @Override
    public void visit(Image image) {
        // alt text is no part of the text
    }

    @Override
    public void visit(HtmlInline html) {
        // a tag; the text between tags is Text
    }

    @Override
    public void visit(HtmlBlock html) {
        // omitted unless the site allows raw HTML; a block of it is not read as text here
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof FigureReferenceExtension.Reference f) {
            text(f.figure == null ? f.written : f.text + FigureReferenceExtension.statusNote(f.figure));
        }
        // A table's cells are blocks in the DOM's text: words of neighbouring cells never run together.
        boolean cell = node instanceof org.commonmark.ext.gfm.tables.TableCell;
        if (cell) {
            space();
        }
        visitChildren(node);
        if (cell) {
            space();
        }
    }

    @Override
    public void visit(CustomBlock block) {
        visitChildren(block);
    }

    @Override
    protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        if (parent instanceof Block) {
            space();
        }
    }
}
