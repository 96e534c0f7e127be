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

    /** One row of the file; a missing column reads as null, so trimmed or older dumps still load. */
    record Row(Table table, int index) {
        String cell(String column) {
            return table.containsColumn(column) ? table.stringColumn(column).get(index) : null;
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
