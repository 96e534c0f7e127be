package com.reelwise.harness;

import com.reelwise.text.CatalogEmbeddings;
import com.reelwise.text.SentenceEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings of the item texts on disk, keyed by a hash of the encoder's identity and the texts, so
 * re-running an evaluation does not re-encode (about 3 minutes for 9.7k movies on 2 cores).
 */
final class EmbeddingCache {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);

    private final Path root;

    EmbeddingCache(Path root) {
        this.root = root;
    }

    /** Vectors per text (in order), read from the cache or encoded with a fresh encoder and stored. */
    float[][] embed(String encoderKey, int[] movieIds, List<String> texts, Supplier<SentenceEncoder> encoder) {
        Path dir = root.resolve(encoderKey + "-" + hash(texts));
        try {
            if (Files.isRegularFile(dir.resolve(CatalogEmbeddings.FILE_NAME))) {
                CatalogEmbeddings cached = CatalogEmbeddings.load(dir);
                LOG.info("Item embeddings from cache {}", dir);
                float[][] out = new float[movieIds.length][];
                for (int i = 0; i < movieIds.length; i++) {
                    out[i] = cached.of(movieIds[i]);
                }
                return out;
            }
            float[][] vectors;
            try (SentenceEncoder e = encoder.get()) {
                vectors = e.encode(texts);
            }
            new CatalogEmbeddings(movieIds, vectors).save(dir);
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hash(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
