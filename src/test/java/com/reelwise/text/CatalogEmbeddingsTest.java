package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogEmbeddingsTest {

    @TempDir
    Path dir;

    @Test
    void saveThenLoadGivesTheSameVectors() throws IOException {
        new CatalogEmbeddings(new int[] {7, 3}, new float[][] {{0.6f, 0.8f}, {1f, 0f}}).save(dir);

        CatalogEmbeddings loaded = CatalogEmbeddings.load(dir);

        assertThat(loaded.size()).isEqualTo(2);
        assertThat(loaded.dimension()).isEqualTo(2);
        assertThat(loaded.of(7)).containsExactly(0.6f, 0.8f);
        assertThat(loaded.of(3)).containsExactly(1f, 0f);
        assertThat(loaded.of(99)).isNull();
        assertThat(dir.resolve(CatalogEmbeddings.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void missingTruncatedOrForeignFilesAreNamed() throws IOException {
        assertThatThrownBy(() -> CatalogEmbeddings.load(dir)).hasMessageContaining("No catalog embeddings at");
        new CatalogEmbeddings(new int[] {1}, new float[][] {{1f, 2f, 3f}}).save(dir);
        Path file = dir.resolve(CatalogEmbeddings.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 2));
        assertThatThrownBy(() -> CatalogEmbeddings.load(dir)).hasMessageContaining("truncated");
        Files.writeString(file, "hello world, not embeddings");
        assertThatThrownBy(() -> CatalogEmbeddings.load(dir)).hasMessageContaining("not a catalog embeddings file");
    }
}
