package com.reelwise.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.reelwise.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Folders given relative to where the app starts, as a person types them ({@code REELWISE_DATA_DIR=../shared/datasets}).
 * In the running web app Spring read a Path setting as a servlet-context resource, and one that climbs above the
 * working folder stopped the app at start ("has been normalized to [null]").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reelwise.train-on-start=false", "reelwise.fetch-on-start=false",
        "reelwise.data-dir=../shared/datasets", "reelwise.models-dir=target/relative-folders-it/models"})
class RelativeFoldersIT {

    @Autowired
    ReelwiseProperties properties;

    @Autowired
    Catalog catalog;

    @Test
    void aFolderAboveTheWorkingFolderIsReadFromThere() {
        assertThat(properties.dataDir()).isEqualTo(Path.of("../shared/datasets"));
        assertThat(properties.modelsDir()).isEqualTo(Path.of("target/relative-folders-it/models"));
        assumeTrue(Files.isDirectory(Path.of("../shared/datasets/ml-latest-small")), "the shared data sets are not beside the project");
        assertThat(catalog.size()).isGreaterThan(9_000);
    }
}
