package com.reelwise.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * One unit-length embedding per catalog movie, computed once after training and saved beside the
 * encoder, so the app starts without re-encoding the catalog.
 *
 * <p>File format ({@code catalog-embeddings.bin}, big-endian): magic "RWEMB1", int count, int
 * dimension, then per movie: int movieId, dimension floats.
 */
public final class CatalogEmbeddings {

    public static final String FILE_NAME = "catalog-embeddings.bin";
    private static final String MAGIC = "RWEMB1";

    private final int[] movieIds;
    private final float[][] vectors;
    private final Map<Integer, Integer> rows;

    public CatalogEmbeddings(int[] movieIds, float[][] vectors) {
        if (movieIds.length != vectors.length) {
            throw new IllegalArgumentException("movieIds and vectors differ in length: " + movieIds.length + " vs " + vectors.length);
        }
        this.movieIds = movieIds.clone();
        this.vectors = vectors;
        this.rows = new HashMap<>(movieIds.length * 2);
        for (int i = 0; i < movieIds.length; i++) {
            rows.put(movieIds[i], i);
        }
    }

    public int size() {
        return movieIds.length;
    }

    public int dimension() {
        return vectors.length == 0 ? 0 : vectors[0].length;
    }

    public int movieIdAt(int row) {
        return movieIds[row];
    }

    /** The embedding of a movie (shared, do not modify), or null when the movie has none. */
    public float[] of(int movieId) {
        Integer row = rows.get(movieId);
        return row == null ? null : vectors[row];
    }

    /** Writes atomically: a crash never leaves a half-written file under the final name. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeBytes(MAGIC);
            out.writeInt(size());
            out.writeInt(dimension());
            for (int i = 0; i < size(); i++) {
                out.writeInt(movieIds[i]);
                for (float v : vectors[i]) {
                    out.writeFloat(v);
                }
            }
        }
        Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads {@code dir/catalog-embeddings.bin}.
     *
     * @throws IOException naming the file when it is missing, truncated or not an embeddings file
     */
    public static CatalogEmbeddings load(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException("No catalog embeddings at " + file);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            byte[] magic = in.readNBytes(MAGIC.length());
            if (!MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw new IOException(file + " is not a catalog embeddings file");
            }
            int count = in.readInt();
            int dimension = in.readInt();
            if (count < 0 || dimension <= 0 || dimension > 4096) {
                throw new IOException(file + " has an impossible header: " + count + " x " + dimension);
            }
            int[] ids = new int[count];
            float[][] vectors = new float[count][dimension];
            for (int i = 0; i < count; i++) {
                ids[i] = in.readInt();
                for (int d = 0; d < dimension; d++) {
                    vectors[i][d] = in.readFloat();
                }
            }
            return new CatalogEmbeddings(ids, vectors);
        } catch (EOFException e) {
            throw new IOException(file + " is truncated", e);
        }
    }
}
