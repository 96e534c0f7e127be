package com.reelwise.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A metadata source that is one CSV file: reading, skipping and counting bad rows is shared;
 * each subclass only maps a row's columns onto {@link Metadata}.
 */
abstract class CsvMetadataSource implements MetadataSource {

    private final String name;
    private final String fileGlob;
    private final boolean addsMovies;

    CsvMetadataSource(String name, String fileGlob, boolean addsMovies) {
        this.name = name;
        this.fileGlob = fileGlob;
        this.addsMovies = addsMovies;
    }

    /**
     * One row of the file; a missing column reads as null, so trimmed or older dumps still load.
     *
     * @param clean applied to every cell read (e.g. repairing mis-decoded text)
     */
    record Row(Table table, int index, java.util.function.UnaryOperator<String> clean) {

        Row(Table table, int index) {
            this(table, index, java.util.function.UnaryOperator.identity());
        }

        String cell(String column) {
            return table.containsColumn(column) ? clean.apply(table.stringColumn(column).get(index)) : null;
        }

        /** The same row, every cell passed through {@code cleaner}. */
        Row mapped(java.util.function.UnaryOperator<String> cleaner) {
            return new Row(table, index, cleaner);
        }
    }

    /** The row's metadata, or null when the row is unusable (its id is blank or not a number). */
    abstract Metadata map(Row row);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String fileGlob() {
        return fileGlob;
    }

    @Override
    public final boolean addsMovies() {
        return addsMovies;
    }

    @Override
    public final Rows read(Path file) {
        CsvTables.Loaded loaded = CsvTables.read(file);
        List<Metadata> out = new ArrayList<>();
        int malformed = loaded.malformedRows();
        for (int r = 0; r < loaded.table().rowCount(); r++) {
            Metadata metadata = map(new Row(loaded.table(), r));
            if (metadata == null) {
                malformed++;
            } else {
                out.add(metadata);
            }
        }
        return MetadataSource.collect(out, malformed);
    }
}
