package com.reelwise.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the list-of-dicts columns of the TMDB dumps. The Movies Dataset writes them as Python
 * literals ({@code [{'id': 1, 'name': 'x'}]}, with {@code None}, {@code True} and double quotes
 * when a value holds an apostrophe); TMDB 5000 writes JSON. One small parser reads both, and a
 * malformed value yields an empty list instead of failing the whole load.
 */
final class PythonLiterals {

    private final String text;
    private int pos;

    private PythonLiterals(String text) {
        this.text = text;
    }

    /** The dicts of a list literal; empty when the text is blank or not a well-formed list. */
    static List<Map<String, Object>> dicts(String literal) {
        if (literal == null || literal.isBlank()) {
            return List.of();
        }
        try {
            Object value = new PythonLiterals(literal.strip()).value();
            if (!(value instanceof List<?> list)) {
                return List.of();
            }
            List<Map<String, Object>> dicts = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> typed = (Map<String, Object>) map;
                    dicts.add(typed);
                }
            }
            return dicts;
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            return List.of();
        }
    }

    /** The {@code name} values of a list of dicts, in order. */
    static List<String> names(String literal) {
        return dicts(literal).stream()
                .map(d -> d.get("name"))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(pos);
        return switch (c) {
            case '[' -> sequence(']');
            case '(' -> sequence(')');
            case '{' -> dict();
            case '\'', '"' -> string(c);
            default -> bare();
        };
    }

    private List<Object> sequence(char close) {
        pos++;
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (text.charAt(pos) == close) {
                pos++;
                return items;
            }
            items.add(value());
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
            }
        }
    }

    private Map<String, Object> dict() {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (text.charAt(pos) == '}') {
                pos++;
                return map;
            }
            Object key = value();
            skipSpace();
            expect(':');
            map.put(String.valueOf(key), value());
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
            }
        }
    }

    private String string(char quote) {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\') {
                char escaped = text.charAt(pos++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    case 'x' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 2), 16));
                        pos += 2;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
    }

    private Object bare() {
        int start = pos;
        while (pos < text.length() && ",]}):".indexOf(text.charAt(pos)) < 0 && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        String token = text.substring(start, pos);
        return switch (token) {
            case "None", "null" -> null;
            case "True", "true" -> Boolean.TRUE;
            case "False", "false" -> Boolean.FALSE;
            default -> {
                try {
                    yield Double.valueOf(token);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Unexpected token '" + token + "' at " + start);
                }
            }
        };
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException("Expected '" + c + "' at " + pos + " but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
