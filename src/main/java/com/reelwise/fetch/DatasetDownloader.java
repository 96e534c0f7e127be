package com.reelwise.fetch;

import com.reelwise.ratings.MovieLensDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import me.tongfei.progressbar.ProgressBar;
import org.springframework.util.FileSystemUtils;

/**
 * Downloads a MovieLens release zip from GroupLens into the data directory, verifies its MD5 and
 * unpacks it to {@code <dataDir>/<name>/}. Nothing is fetched when the release is already there.
 */
final class DatasetDownloader {

    static final String GROUPLENS_URL = "https://files.grouplens.org/datasets/movielens/";
    static final URI GROUPLENS = URI.create(GROUPLENS_URL);

    private static final Pattern MD5 = Pattern.compile("\\b[0-9a-fA-F]{32}\\b");

    private final HttpClient http;
    private final URI baseUrl;
    private final Path dataDir;
    private final Progress progress;

    /**
     * @param baseUrl folder URL holding {@code <name>.zip} and {@code <name>.zip.md5}; tests point it at a stub
     */
    DatasetDownloader(HttpClient http, URI baseUrl, Path dataDir, Progress progress) {
        this.http = http;
        this.baseUrl = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.progress = progress;
    }

    /**
     * @param dataset    the release now in the data directory
     * @param downloaded false when it was already present
     * @param checkedBy  how the zip was verified, for the user ("" when nothing was downloaded)
     */
    record Result(MovieLensDataset dataset, boolean downloaded, String checkedBy) {
    }

    Result fetch(MovieLensRelease release) {
        Optional<MovieLensDataset> present = MovieLensDataset.find(dataDir, release.id());
        if (present.isPresent()) {
            return new Result(present.get(), false, "");
        }
        Path target = dataDir.resolve(release.id());
        URI zipUrl = baseUrl.resolve(release.zipName());
        if (Files.exists(target)) {
            throw new FetchException(target + " exists but holds no MovieLens ratings and movies files;"
                    + " move it away and run again.");
        }
        Map<String, String> expected = expectedChecksums(release, zipUrl);
        Path part = dataDir.resolve(release.zipName() + ".part");
        try {
            Files.createDirectories(dataDir);
            String actual = download(zipUrl, part, release);
            for (Map.Entry<String, String> e : expected.entrySet()) {
                if (!e.getValue().equalsIgnoreCase(actual)) {
                    throw new FetchException("Checksum mismatch for " + release.zipName() + ": expected "
                            + e.getValue() + " (" + e.getKey() + ") but got " + actual
                            + "; the partial download was deleted, so run again or download " + zipUrl
                            + " by hand.");
                }
            }
            unzip(part, release, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Downloading or unpacking " + release.zipName() + " into " + dataDir + " failed", e);
        } finally {
            deleteQuietly(part);
        }
        MovieLensDataset dataset = MovieLensDataset.find(dataDir, release.id()).orElseThrow(() -> new FetchException(
                release.zipName() + " unpacked to " + target + " but holds no ratings and movies files."));
        String checkedBy = expected.isEmpty()
                ? "no published MD5, so only the zip's CRCs were checked"
                : "MD5 " + String.join(" and ", expected.keySet());
        return new Result(dataset, true, checkedBy);
    }

    /** Pinned value first, then GroupLens's sidecar file; both must match when both exist. */
    private Map<String, String> expectedChecksums(MovieLensRelease release, URI zipUrl) {
        Map<String, String> expected = new LinkedHashMap<>();
        release.pinnedMd5().ifPresent(md5 -> expected.put("pinned in code", md5));
        URI sidecar = URI.create(zipUrl + ".md5");
        HttpResponse<String> response = send(HttpRequest.newBuilder(sidecar).GET().build(),
                HttpResponse.BodyHandlers.ofString(), zipUrl);
        if (response.statusCode() == 200) {
            Matcher m = MD5.matcher(response.body());
            if (m.find()) {
                expected.put("from " + release.zipName() + ".md5", m.group().toLowerCase(Locale.ROOT));
            }
        }
        return expected;
    }

    /** Streams the zip to {@code part} under a progress bar and returns its MD5. */
    private String download(URI zipUrl, Path part, MovieLensRelease release) throws IOException {
        HttpResponse<InputStream> response = send(HttpRequest.newBuilder(zipUrl).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream(), zipUrl);
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new FetchException(baseUrl.getHost() + " answered HTTP " + response.statusCode() + " for "
                        + zipUrl + "; download it by hand and unzip it into " + dataDir + ".");
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            MessageDigest md5 = md5();
            long written = 0;
            try (OutputStream out = Files.newOutputStream(part);
                 ProgressBar bar = progress.bytes("Downloading " + release.zipName(), length)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    md5.update(buffer, 0, n);
                    written += n;
                    bar.stepBy(n);
                }
            }
            if (length >= 0 && written != length) {
                throw new FetchException("The download of " + zipUrl + " stopped after " + written + " of " + length
                        + " bytes; the partial file was deleted, so run again.");
            }
            return HexFormat.of().formatHex(md5.digest());
        }
    }

    /** Unpacks into a staging folder first so an interrupted run never leaves a half-filled release folder. */
    private void unzip(Path zip, MovieLensRelease release, Path target) throws IOException {
        Path staging = dataDir.resolve("." + release.id() + ".unzipping");
        FileSystemUtils.deleteRecursively(staging);
        try {
            Files.createDirectories(staging);
            // ZipInputStream checks each entry's CRC, the only integrity check for releases without an MD5.
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path out = safeTarget(staging, entry.getName(), release);
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            // GroupLens zips hold one top-level <name>/ folder; accept a flat zip too.
            Path inner = staging.resolve(release.id());
            Files.move(Files.isDirectory(inner) ? inner : staging, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            FileSystemUtils.deleteRecursively(staging);
        }
    }

    /** Zip-slip guard: an entry like {@code ../../.bashrc} or {@code /etc/x} must stay inside {@code root}. */
    static Path safeTarget(Path root, String entryName, MovieLensRelease release) {
        Path out = root.resolve(entryName).normalize();
        if (!out.startsWith(root)) {
            throw new FetchException("Refusing to unpack " + release.zipName() + ": its entry '" + entryName
                    + "' would be written outside " + root + ".");
        }
        return out;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, URI zipUrl) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new FetchException("Could not reach " + baseUrl.getHost() + ": " + reason(e) + ". Download " + zipUrl
                    + " by hand and unzip it into " + dataDir + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("Interrupted while downloading " + zipUrl + ".", e);
        }
    }

    /** The JDK client often leaves the top exception's message empty; the cause says more. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getClass().getSimpleName() + " (" + t.getMessage() + ")";
            }
        }
        return e.getClass().getSimpleName();
    }

    static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static MessageDigest md5() {
        try {
            // MD5 only because that is what GroupLens publishes; it guards against corruption, not attackers.
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: the next run overwrites a leftover .part file anyway.
        }
    }
}
