package com.reelwise.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8, decoded as Windows-1252 (or Latin-1) and encoded again: "Un hÃ©ros trÃ¨s discret"
 * becomes "Un héros très discret". One source (the Udacity TMDB CSV) holds such text. The repair is taken only
 * when the text carries the marks of it and the bytes decode as valid UTF-8, so correct text is left alone.
 */
final class Mojibake {

    /** A lead byte of a two- to four-byte UTF-8 sequence shown as a Windows-1252 character, then a continuation byte. */
    private static final Pattern MARK = Pattern.compile("[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178"
            + "\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    /**
     * Sequences whose last byte is one Windows-1252 leaves undefined, which the broken file dropped altogether:
     * "Á" (C3 81) survives as a bare "Ã" before a lower-case letter (Ãngel, Ãlex), "”" (E2 80 9D) as "â€" before
     * anything but a continuation character. Put back before decoding.
     */
    private static final Pattern DROPPED_A_ACUTE = Pattern.compile("\u00C3(?=[a-z])");
    private static final Pattern DROPPED_QUOTE = Pattern.compile("\u00E2\u20AC(?![\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178"
            + "\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122])");

    /** The repaired text, or {@code text} itself when it shows no mojibake (null stays null). */
    static String repair(String text) {
        if (text == null || !MARK.matcher(text).find() && !DROPPED_A_ACUTE.matcher(text).find()) {
            return text;
        }
        text = DROPPED_QUOTE.matcher(DROPPED_A_ACUTE.matcher(text).replaceAll("\u00C3\u0081")).replaceAll("\u00E2\u20AC\u009D");
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int b = byteOf(text.charAt(i));
            if (b < 0) {
                return text;
            }
            bytes[i] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notMojibake) {
            return text;
        }
    }

    /**
     * The byte a character came from when bytes were read as Windows-1252, where the five bytes that code page
     * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the Latin-1 control characters; -1 for any other.
     */
    private static int byteOf(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
            return c;
        }
        byte[] encoded = String.valueOf(c).getBytes(WINDOWS_1252);
        return encoded.length == 1 && encoded[0] != '?' ? encoded[0] & 0xFF : -1;
    }
}
