package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextModelFolderTest {

    @TempDir
    Path root;

    private Path run(String name, boolean complete) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.createDirectories(dir.resolve("encoder-v001"));
        if (complete) {
            new CatalogEmbeddings(new int[] {1}, new float[][] {{1f, 0f}}).save(dir);
        }
        return dir;
    }

    @Test
    void picks_the_newest_complete_run_of_exactly_that_data_set() throws Exception {
        run("ml-latest-small-20260101-120000", true);
        Path newest = run("ml-latest-small-20260102-090000", true);
        run("ml-latest-small-20260103-090000", false);          // interrupted: no embeddings
        run("ml-latest-20260105-090000", true);                 // another data set with a shared prefix
        run("ml-latest-small-x-20260106-090000", true);

        TextModelFolder folder = TextModelFolder.newest(root, "ml-latest-small").orElseThrow();

        assertThat(folder.dir()).isEqualTo(newest);
        assertThat(folder.encoderDir()).isEqualTo(newest.resolve("encoder-v001"));
        assertThat(folder.loadEmbeddings().of(1)).containsExactly(1f, 0f);
        assertThat(TextModelFolder.newest(root, "ml-latest").orElseThrow().dir().getFileName().toString())
                .isEqualTo("ml-latest-20260105-090000");
    }

    @Test
    void nothing_when_the_root_is_missing_or_empty() {
        assertThat(TextModelFolder.newest(root.resolve("absent"), "ml-100k")).isEmpty();
        assertThat(TextModelFolder.newest(root, "ml-100k")).isEmpty();
    }
}
