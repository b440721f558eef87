package briefing.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a template writes a page: the characters are encoded to UTF-8 as they come, into one growing array. It
 * takes the place of a {@code StringWriter} whose text was then encoded: that way each page was copied three times
 * over and every one of FreeMarker's many small writes took the string buffer's lock. The bytes are exactly those
 * of {@code String.getBytes(UTF_8)}, a lone surrogate included (it becomes {@code ?}). Not thread-safe: one page,
 * one thread.
 */
final class Utf8Writer extends Writer {

    private byte[] bytes;
    private int size;
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char high;

    Utf8Writer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        room(length);
        int end = offset + length;
        int i = offset;
        if (high == 0) {
            // Most of a page is ASCII: copied in a tight loop here rather than one call per character.
            byte[] to = bytes;
            int at = size;
            for (char c; i < end && (c = text.charAt(i)) < 0x80; i++) {
                to[at++] = (byte) c;
            }
            size = at;
        }
        for (; i < end; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The bytes written so far (a lone high surrogate at the end becomes {@code ?}). */
    byte[] toByteArray() {
        if (high != 0) {
            high = 0;
            room(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }

    private void put(char c) {
        if (c < 0x80 && high == 0) {
            if (size == bytes.length) {
                room(1);
            }
            bytes[size++] = (byte) c;
            return;
        }
        room(4);
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(first, c);
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            bytes[size++] = '?'; // a high surrogate without its low half
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?'; // a low surrogate without its high half
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    /** Makes room for at least {@code more} bytes beyond those written. */
    private void room(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
