package com.reelwise.scale;

import java.io.IOException;
import java.io.OutputStream;

/** Writes numbers and text as ASCII bytes through one buffer: 32 million CSV lines without a string per line. */
final class AsciiOut implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int size;

    AsciiOut(OutputStream out) {
        this.out = out;
    }

    AsciiOut number(long value) throws IOException {
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        while (n > 0) {
            put(digits[--n]);
        }
        return this;
    }

    /** A rating in half stars: 4.5, 3.0. */
    AsciiOut halfStars(int halves) throws IOException {
        number(halves / 2);
        put((byte) '.');
        return put((byte) (halves % 2 == 1 ? '5' : '0'));
    }

    AsciiOut text(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127) {
                throw new IllegalArgumentException("ASCII only: " + s);
            }
            put((byte) c);
        }
        return this;
    }

    AsciiOut put(byte b) throws IOException {
        if (size == buffer.length) {
            out.write(buffer, 0, size);
            size = 0;
        }
        buffer[size++] = b;
        return this;
    }

    @Override
    public void close() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
        out.close();
    }
}
