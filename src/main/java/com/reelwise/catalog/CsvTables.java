package com.reelwise.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reads a metadata CSV into a Tablesaw table of text columns. Commons CSV does the parsing because
 * these dumps have rows with the wrong number of fields (movies_metadata.csv), which Tablesaw's own
 * reader rejects for the whole file; here such rows are skipped and counted.
 */
final class CsvTables {

    /** A table and the number of rows that were dropped for having the wrong number of fields. */
    record Loaded(Table table, int malformedRows) {
    }

    private CsvTables() {
    }

    /**
     * @param quoted false for files whose fields are never quoted (ml-100k's u.item has bare '"' in titles)
     * @param names  column names when the file has no header row
     */
    static Loaded read(Path file, Charset charset, char delimiter, boolean quoted, List<String> names) {
        boolean header = names.isEmpty();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote(quoted ? Character.valueOf('"') : null)
                .setIgnoreSurroundingSpaces(false)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader reader = Files.newBufferedReader(file, charset);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = names;
            List<List<String>> rows = new ArrayList<>();
            int malformed = 0;
            boolean first = header;
            for (CSVRecord record : parser) {
                if (first) {
                    columns = stripBom(record.toList());
                    first = false;
                    continue;
                }
                if (record.size() != columns.size()) {
                    malformed++;
                    continue;
                }
                rows.add(record.toList());
            }
            Table table = Table.create(file.getFileName().toString());
            for (int c = 0; c < columns.size(); c++) {
                String[] values = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    values[r] = rows.get(r).get(c).strip();
                }
                table.addColumns(StringColumn.create(columns.get(c).strip(), values));
            }
            return new Loaded(table, malformed);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static Loaded read(Path file) {
        return read(file, StandardCharsets.UTF_8, ',', true, List.of());
    }

    private static List<String> stripBom(List<String> header) {
        List<String> copy = new ArrayList<>(header);
        if (!copy.isEmpty() && copy.get(0).startsWith("\uFEFF")) {
            copy.set(0, copy.get(0).substring(1));
        }
        return copy;
    }
}
