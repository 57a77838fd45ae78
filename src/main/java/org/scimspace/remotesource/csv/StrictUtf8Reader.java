package org.scimspace.remotesource.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text that must be UTF-8: a malformed byte sequence is an error naming its physical
 * line, never a replacement character. A byte order mark at the start is dropped. Lines are
 * counted here, in the decoded text, because the CSV parser reads ahead: when decoding fails
 * the parser may still be several lines before the bad bytes. Text decoded before them is
 * delivered first, so that the rows above are read and checked as usual.
 */
final class StrictUtf8Reader extends Reader {

    /** The input is not UTF-8 at {@link #line()}. */
    static final class BadEncoding extends IOException {

        private static final long serialVersionUID = 1L;

        private final long line;

        BadEncoding(long line) {
            super("line " + line + ": not valid UTF-8 text");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private boolean afterCarriageReturn;
    private long lineBreaks;
    private BadEncoding failure;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (failure != null) {
                throw failure;
            }
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    /** Decodes the next piece of input into {@link #chars}, which must be fully read. */
    private void decodeMore() throws IOException {
        chars.clear();
        if (!endOfInput) {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (!result.isError() && endOfInput && !bytes.hasRemaining()) {
            result = decoder.flush(chars);
            flushed = result.isUnderflow();
        }
        chars.flip();
        dropByteOrderMark();
        countLineBreaks();
        if (result.isError()) {
            failure = new BadEncoding(lineBreaks + 1);
        }
    }

    private void dropByteOrderMark() {
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
                chars.get();
            }
        }
    }

    /** Counts CR, LF and CR LF as one line break each, as the CSV parser does. */
    private void countLineBreaks() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c == '\r') {
                lineBreaks++;
            } else if (c == '\n' && !afterCarriageReturn) {
                lineBreaks++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
