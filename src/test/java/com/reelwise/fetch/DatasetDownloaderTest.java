package com.reelwise.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reelwise.fetch.StubServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDownloaderTest {

    static final Progress SILENT = new Progress(() -> new DelegatingProgressBarConsumer(line -> { }));

    @TempDir
    Path dataDir;

    private final StubServer stub = new StubServer();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void downloadsVerifiesAgainstThePublishedMd5AndUnpacks() throws IOException {
        byte[] zip = zip(releaseFiles("ml-latest-small"));
        stub.on("/movielens/ml-latest-small.zip", new Reply(200, zip, Map.of()))
                .on("/movielens/ml-latest-small.zip.md5", Reply.of(200, "MD5 (ml-latest-small.zip) = " + md5(zip) + "\n"));

        DatasetDownloader.Result result = downloader().fetch(MovieLensRelease.ML_LATEST_SMALL);

        assertThat(result.downloaded()).isTrue();
        assertThat(result.checkedBy()).contains("ml-latest-small.zip.md5");
        assertThat(result.dataset().dir()).isEqualTo(dataDir.resolve("ml-latest-small"));
        assertThat(dataDir.resolve("ml-latest-small/ratings.csv")).hasContent("userId,movieId,rating,timestamp\n1,1,4.0,964982703");
        assertThat(dataDir.resolve("ml-latest-small/links.csv")).exists();
        assertThat(listing(dataDir)).containsExactly("ml-latest-small");
    }

    @Test
    void pinnedChecksumIsCheckedEvenWithoutASidecarFile() throws IOException {
        // ml-100k has a pinned MD5; a zip with other bytes must be refused although no .md5 file is served.
        stub.on("/movielens/ml-100k.zip", new Reply(200, zip(Map.of("ml-100k/u.data", "1\t1\t5\t0", "ml-100k/u.item", "1|x")), Map.of()));

        assertThatThrownBy(() -> downloader().fetch(MovieLensRelease.ML_100K))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("0e33842e24a9c977be4e0107933c0723 (pinned in code)");
        assertThat(listing(dataDir)).isEmpty();
    }

    @Test
    void checksumMismatchFailsClearlyAndLeavesNoPartialFile() throws IOException {
        byte[] zip = zip(releaseFiles("ml-latest-small"));
        stub.on("/movielens/ml-latest-small.zip", new Reply(200, zip, Map.of()))
                .on("/movielens/ml-latest-small.zip.md5", Reply.of(200, "0123456789abcdef0123456789abcdef  ml-latest-small.zip\n"));

        assertThatThrownBy(() -> downloader().fetch(MovieLensRelease.ML_LATEST_SMALL))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("Checksum mismatch for ml-latest-small.zip: expected 0123456789abcdef0123456789abcdef")
                .hasMessageContaining("but got " + md5(zip))
                .hasMessageContaining("partial download was deleted");
        assertThat(listing(dataDir)).isEmpty();
    }

    @Test
    void secondRunFindsTheDataAndMakesNoRequest() throws IOException {
        byte[] zip = zip(releaseFiles("ml-latest-small"));
        stub.on("/movielens/ml-latest-small.zip", new Reply(200, zip, Map.of()));
        downloader().fetch(MovieLensRelease.ML_LATEST_SMALL);
        int afterFirstRun = stub.requests().size();

        DatasetDownloader.Result second = downloader().fetch(MovieLensRelease.ML_LATEST_SMALL);

        assertThat(afterFirstRun).isEqualTo(2); // .md5 (404 here) and the zip
        assertThat(second.downloaded()).isFalse();
        assertThat(stub.requests()).hasSize(afterFirstRun);
    }

    @Test
    void zipSlipEntryIsRejectedAndNothingIsWrittenOutside() throws IOException {
        Path dataDirInside = dataDir.resolve("data");
        Map<String, String> files = releaseFiles("ml-latest-small");
        files.put("ml-latest-small/../../evil.txt", "pwned");
        stub.on("/movielens/ml-latest-small.zip", new Reply(200, zip(files), Map.of()));

        DatasetDownloader downloader = new DatasetDownloader(DatasetDownloader.defaultHttpClient(),
                stub.uri("/movielens/"), dataDirInside, SILENT);

        assertThatThrownBy(() -> downloader.fetch(MovieLensRelease.ML_LATEST_SMALL))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("entry 'ml-latest-small/../../evil.txt' would be written outside");
        assertThat(dataDirInside.resolve("evil.txt")).doesNotExist();
        assertThat(dataDir.resolve("evil.txt")).doesNotExist();
        assertThat(listing(dataDirInside)).isEmpty();
    }

    @Test
    void unreachableServerGivesTheManualDownloadSentence() {
        StubServer closed = new StubServer();
        var base = closed.uri("/movielens/");
        closed.close();

        assertThatThrownBy(() -> new DatasetDownloader(DatasetDownloader.defaultHttpClient(), base, dataDir, SILENT)
                .fetch(MovieLensRelease.ML_LATEST_SMALL))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("Could not reach 127.0.0.1: ")
                .hasMessageContaining("Download " + base + "ml-latest-small.zip by hand and unzip it into " + dataDir);
    }

    @Test
    void unknownDatasetNameListsTheKnownOnes() {
        assertThatThrownBy(() -> MovieLensRelease.byName("ml-20m"))
                .isInstanceOf(FetchException.class)
                .hasMessage("Unknown dataset 'ml-20m': choose one of ml-latest-small, ml-32m, ml-25m, ml-100k, ml-latest.");
        assertThat(MovieLensRelease.byName(" ML-25M ")).isEqualTo(MovieLensRelease.ML_25M);
    }

    private DatasetDownloader downloader() {
        return new DatasetDownloader(DatasetDownloader.defaultHttpClient(), stub.uri("/movielens"), dataDir, SILENT);
    }

    static Map<String, String> releaseFiles(String name) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name + "/", "");
        files.put(name + "/ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,964982703");
        files.put(name + "/movies.csv", "movieId,title,genres\n1,Toy Story (1995),Animation");
        files.put(name + "/links.csv", "movieId,imdbId,tmdbId\n1,0114709,862");
        return files;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> listingStream(Path dir) throws IOException {
        return Files.exists(dir) ? Files.list(dir).map(p -> p.getFileName().toString()) : Stream.empty();
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<String> s = listingStream(dir)) {
            return s.sorted().toList();
        }
    }
}
