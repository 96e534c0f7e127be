package com.reelwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PosterPlaceholderTest {

    private static String svg(String uri) {
        return new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    @Test
    void showsTitleAndYearAndEscapesMarkup() {
        String svg = svg(PosterPlaceholder.dataUri("<script>alert('x')</script> & Co", 1999));

        assertThat(svg).contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;").contains("&amp;").contains(">1999<");
        assertThat(svg).doesNotContain("<script>");
    }

    @Test
    void wrapsLongTitlesAndCutsThem() {
        assertThat(PosterPlaceholder.wrap("The Lord of the Rings: The Fellowship of the Ring"))
                .hasSizeLessThanOrEqualTo(5).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(25));
        assertThat(PosterPlaceholder.wrap("a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z"))
                .hasSize(5).last().asString().endsWith("…");
    }
}
