package com.reelwise.ann;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.springframework.util.FileSystemUtils;

/**
 * An approximate nearest-neighbour index (HNSW, Lucene's) over film vectors, by maximum inner product: the content
 * score is {@code film · profile}, so the films it returns are the content method's top films, approximately. One
 * segment, so one graph, built in memory and saved beside the embeddings it indexes, so a restart maps it from disk
 * instead of building it again; Lucene is already here for title search, and its HNSW is maintained and tested
 * where a hand-written graph would not be.
 */
public final class HnswIndex implements AutoCloseable {

    /** Graph degree and build beam: Lucene's defaults, which measured well here (model-training/scale/README.md). */
    public static final int MAX_CONNECTIONS = 16;
    public static final int BEAM_WIDTH = 100;
    private static final String FIELD = "v";
    /** Beside a saved index: a fingerprint of the vectors it was built from, then each document's movie id. */
    private static final String FILMS = "films.txt";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Catalog position of each document (documents are the films with a vector, in position order). */
    private final int[] positionByDoc;

    private HnswIndex(Directory directory, DirectoryReader reader, int[] positionByDoc) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.positionByDoc = positionByDoc;
    }

    /**
     * Builds the index; {@code vectors[p]} is film p's vector, or null for a film without one.
     *
     * @param progress receives the number of films added so far
     */
    public static HnswIndex build(float[][] vectors, java.util.function.IntConsumer progress) {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig()
                .setCodec(new Lucene912Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return new Lucene99HnswVectorsFormat(MAX_CONNECTIONS, BEAM_WIDTH);
                    }
                })
                // one flush at the end: one segment, one graph, documents in the order added
                .setMaxBufferedDocs(Integer.MAX_VALUE - 1).setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        int[] positions = positionsWithVectors(vectors);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int doc = 0; doc < positions.length; doc++) {
                Document d = new Document();
                d.add(new KnnFloatVectorField(FIELD, vectors[positions[doc]], VectorSimilarityFunction.MAXIMUM_INNER_PRODUCT));
                writer.addDocument(d);
                if (((doc + 1) & 1023) == 0) {
                    progress.accept(doc + 1);
                }
            }
            writer.commit();
            progress.accept(positions.length);
            return open(directory, positions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the nearest-neighbour index", e);
        }
    }

    /**
     * Writes the index to {@code dir} (created; replaced whole if there) with what {@link #load} checks it against.
     * Written to a sibling folder first and moved into place, so a reader never sees half an index.
     */
    public void save(Path dir, float[][] vectors, IntUnaryOperator movieIdOf) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, dir.getFileName() + ".partial-");
        try {
            // a temporary folder is private; the saved index is as readable as the embeddings beside it
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions stand
        }
        try {
            try (Directory target = FSDirectory.open(staging)) {
                for (String file : directory.listAll()) {
                    target.copyFrom(directory, file, file, IOContext.DEFAULT);
                }
                List<String> lines = new ArrayList<>();
                lines.add(Long.toHexString(fingerprint(vectors)));
                for (int position : positionByDoc) {
                    lines.add(Integer.toString(movieIdOf.applyAsInt(position)));
                }
                Files.write(staging.resolve(FILMS), lines);
            }
            FileSystemUtils.deleteRecursively(dir);
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // leave nothing half-written behind (a full disk, a folder that became read-only)
            FileSystemUtils.deleteRecursively(staging);
            throw e;
        }
    }

    /**
     * The index saved in {@code dir}, if it was built from exactly these vectors for these films in this order;
     * empty when there is none or it belongs to other vectors or another catalog (the caller builds afresh).
     *
     * @throws IOException when a saved index that matches cannot be read (damaged files)
     */
    public static Optional<HnswIndex> load(Path dir, float[][] vectors, IntUnaryOperator movieIdOf) throws IOException {
        Path films = dir.resolve(FILMS);
        if (!Files.isRegularFile(films)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(films);
        int[] positions = positionsWithVectors(vectors);
        if (lines.size() != positions.length + 1 || !lines.get(0).equals(Long.toHexString(fingerprint(vectors)))) {
            return Optional.empty();
        }
        for (int doc = 0; doc < positions.length; doc++) {
            if (!lines.get(doc + 1).equals(Integer.toString(movieIdOf.applyAsInt(positions[doc])))) {
                return Optional.empty();
            }
        }
        Directory directory = FSDirectory.open(dir);
        try {
            return Optional.of(open(directory, positions));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static HnswIndex open(Directory directory, int[] positions) throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.leaves().size() != 1 || reader.maxDoc() != positions.length) {
            reader.close();
            throw new IllegalStateException("Expected one segment of " + positions.length + " films, got " + reader.leaves().size()
                    + " segments of " + reader.maxDoc());
        }
        return new HnswIndex(directory, reader, positions);
    }

    /** How many films {@link #build} indexes from these vectors (those with one): the total a progress bar counts to. */
    public static int indexedCount(float[][] vectors) {
        return positionsWithVectors(vectors).length;
    }

    private static int[] positionsWithVectors(float[][] vectors) {
        return IntStream.range(0, vectors.length).filter(p -> vectors[p] != null).toArray();
    }

    /** Every vector's bits, in position order, with the gaps: two catalogs of equal vectors get the same value. */
    private static long fingerprint(float[][] vectors) {
        long h = 1125899906842597L;
        for (float[] v : vectors) {
            h = 31 * h + (v == null ? 0 : Arrays.hashCode(v));
        }
        return h;
    }

    /** Bytes of the index's files (vectors and graph), held in memory or mapped from disk. */
    public long ramBytes() {
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            return -1;
        }
    }

    /** How many films it holds. */
    public int size() {
        return positionByDoc.length;
    }

    /**
     * The catalog positions of about the {@code k} films with the largest inner product with {@code query}, best
     * first; {@code beam} ({@code >= k}) is how many candidates the graph search keeps (more: better recall, slower).
     */
    public int[] nearest(float[] query, int k, int beam) {
        try {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(FIELD, query, Math.max(k, beam)), Math.max(k, beam));
            int n = Math.min(k, top.scoreDocs.length);
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                out[i] = positionByDoc[hit.doc];
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the nearest-neighbour index", e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
