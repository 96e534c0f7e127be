package com.reelwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonLiteralsTest {

    @Test
    void readsPythonLiteralListsWithMixedQuotesAndNone() {
        String literal = "[{'id': 931, 'name': 'jealousy'}, {'id': 15101, 'name': \"based on children's book\"}, "
                + "{'id': 1, 'name': None, 'adult': False}]";

        assertThat(PythonLiterals.names(literal)).containsExactly("jealousy", "based on children's book");
    }

    @Test
    void readsJsonLists() {
        assertThat(PythonLiterals.names("[{\"id\": 28, \"name\": \"Action\"}, {\"id\": 878, \"name\": \"Science Fiction\"}]"))
                .containsExactly("Action", "Science Fiction");
    }

    @Test
    void readsNestedValuesAndEscapes() {
        var dicts = PythonLiterals.dicts("[{'cast_id': 14, 'character': 'Woody (voice)', 'name': 'Tom Hanks', 'order': 0, "
                + "'profile_path': '/x.jpg', 'gender': 2, 'credit': ('a', 'b'), 'note': 'It\\'s'}]");

        assertThat(dicts).hasSize(1);
        assertThat(dicts.get(0)).containsEntry("name", "Tom Hanks").containsEntry("order", 0.0).containsEntry("note", "It's");
    }

    @Test
    void malformedOrBlankGivesAnEmptyList() {
        assertThat(PythonLiterals.names("[{'id': 1, 'name': 'unterminated")).isEmpty();
        assertThat(PythonLiterals.names("")).isEmpty();
        assertThat(PythonLiterals.names(null)).isEmpty();
        assertThat(PythonLiterals.names("not a list")).isEmpty();
        assertThat(PythonLiterals.names("[]")).isEmpty();
    }
}
