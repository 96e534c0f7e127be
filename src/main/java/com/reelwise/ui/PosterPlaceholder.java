package com.reelwise.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A generated poster (an SVG data URI) showing title and year, for movies without a poster URL or
 * whose poster cannot be loaded. Base64 keeps the URI free of quotes, so it is safe in attributes.
 */
final class PosterPlaceholder {

    private static final int LINE_CHARS = 16;
    private static final int MAX_LINES = 5;

    private PosterPlaceholder() {
    }

    static String dataUri(String title, Integer year) {
        int hue = Math.floorMod(title.hashCode(), 360);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns='http://www.w3.org/2000/svg' width='200' height='300' viewBox='0 0 200 300'>")
                .append("<defs><linearGradient id='g' x1='0' y1='0' x2='0' y2='1'>")
                .append("<stop offset='0' stop-color='hsl(").append(hue).append(",45%,38%)'/>")
                .append("<stop offset='1' stop-color='hsl(").append((hue + 40) % 360).append(",50%,18%)'/>")
                .append("</linearGradient></defs><rect width='200' height='300' fill='url(#g)'/>")
                .append("<g font-family='sans-serif' fill='#fff' text-anchor='middle'>");
        List<String> lines = wrap(title);
        int y = 150 - lines.size() * 12;
        for (String line : lines) {
            svg.append("<text x='100' y='").append(y).append("' font-size='18' font-weight='600'>").append(xml(line)).append("</text>");
            y += 24;
        }
        if (year != null) {
            svg.append("<text x='100' y='").append(y + 14).append("' font-size='15' opacity='0.8'>").append(year).append("</text>");
        }
        svg.append("</g></svg>");
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<String> wrap(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            cut.set(MAX_LINES - 1, cut.get(MAX_LINES - 1) + "…");
            return cut;
        }
        return lines;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
    }
}
