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
        visitChildren(node);
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
