package com.reelwise.ann;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * An approximate nearest-neighbour index (HNSW, Lucene's) over film vectors, by maximum inner product: the content
 * score is {@code film · profile}, so the films it returns are the content method's top films, approximately. One
 * in-memory segment, so one graph; Lucene is already here for title search, and its HNSW is maintained and tested
 * where a hand-written graph would not be.
 */
public final class HnswIndex implements AutoCloseable {

    /** Graph degree and build beam: Lucene's defaults, which measured well here (model-training/scale/README.md). */
    public static final int MAX_CONNECTIONS = 16;
    public static final int BEAM_WIDTH = 100;
    private static final String FIELD = "v";

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
        int count = 0;
        for (float[] v : vectors) {
            count += v == null ? 0 : 1;
        }
        int[] positions = new int[count];
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int doc = 0;
            for (int p = 0; p < vectors.length; p++) {
                if (vectors[p] == null) {
                    continue;
                }
                Document d = new Document();
                d.add(new KnnFloatVectorField(FIELD, vectors[p], VectorSimilarityFunction.MAXIMUM_INNER_PRODUCT));
                writer.addDocument(d);
                positions[doc++] = p;
                if ((doc & 1023) == 0) {
                    progress.accept(doc);
                }
            }
            writer.commit();
            progress.accept(doc);
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() != 1 || reader.maxDoc() != count) {
                throw new IllegalStateException("Expected one segment of " + count + " films, got " + reader.leaves().size() + " segments");
            }
            return new HnswIndex(directory, reader, positions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the nearest-neighbour index", e);
        }
    }

    /** Bytes the index holds in memory (vectors and graph). */
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
