package com.reelwise.fetch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The MovieLens releases the downloader knows, with the MD5 of the zip where we are sure of it.
 * Pinned values were cross-checked against several independent projects that quote the
 * {@code <name>.zip.md5} GroupLens publishes; frozen releases only, since ml-latest(-small) can be
 * re-issued under the same name.
 */
enum MovieLensRelease {
    ML_LATEST_SMALL("ml-latest-small", null),
    ML_32M("ml-32m", "d472be332d4daa821edc399621853b57"),
    ML_25M("ml-25m", "6b51fb2759a8657d3bfcbfc42b592ada"),
    ML_100K("ml-100k", "0e33842e24a9c977be4e0107933c0723"),
    ML_LATEST("ml-latest", null);

    static final MovieLensRelease DEFAULT = ML_LATEST_SMALL;

    private final String id;
    private final String pinnedMd5;

    MovieLensRelease(String id, String pinnedMd5) {
        this.id = id;
        this.pinnedMd5 = pinnedMd5;
    }

    /** GroupLens's name, also the folder the zip unpacks to. */
    String id() {
        return id;
    }

    Optional<String> pinnedMd5() {
        return Optional.ofNullable(pinnedMd5);
    }

    String zipName() {
        return id + ".zip";
    }

    static MovieLensRelease byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new FetchException("Unknown dataset '" + name + "': choose one of " + names() + "."));
    }

    static String names() {
        return Arrays.stream(values()).map(MovieLensRelease::id).collect(Collectors.joining(", "));
    }
}
