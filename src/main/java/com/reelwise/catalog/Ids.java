package com.reelwise.catalog;

import java.util.regex.Pattern;

/** Parsing of the id columns, which differ in form between sources ("0114709", "tt0114709", "862.0", ""). */
final class Ids {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Ids() {
    }

    /** A positive integer id, or null for blanks and junk (movies_metadata has dates in its id column). */
    static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        if (!DIGITS.matcher(s).matches() || s.length() > 9) {
            return null;
        }
        int id = Integer.parseInt(s);
        return id > 0 ? id : null;
    }

    /** An IMDb id normalised to "tt" + at least seven digits, or null. */
    static String imdb(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.startsWith("tt")) {
            s = s.substring(2);
        }
        if (!DIGITS.matcher(s).matches() || Long.parseLong(s) == 0) {
            return null;
        }
        return "tt" + "0".repeat(Math.max(0, 7 - s.length())) + s;
    }

    /** A four-digit year at the start of a date or year field, or null. */
    static Integer year(String value) {
        if (value == null || value.length() < 4) {
            return null;
        }
        String head = value.strip();
        if (head.length() < 4 || !DIGITS.matcher(head.substring(0, 4)).matches()) {
            return null;
        }
        int year = Integer.parseInt(head.substring(0, 4));
        return year >= 1870 && year <= 2100 ? year : null;
    }
}
