package com.reelwise.catalog;

/**
 * What one source contributed to the catalog.
 *
 * @param name      source name, e.g. "TMDB 5000"
 * @param file      the file read, relative to the data directory
 * @param rows      usable rows read
 * @param matched   catalog movies this source contributed a row to (joined by TMDB or IMDb id)
 * @param added     movies this source added that MovieLens does not have
 * @param malformed rows dropped for a wrong field count or an unusable id
 * @param blank     rows dropped as empty (failed look-ups, empty keyword lists)
 */
public record SourceReport(String name, String file, int rows, int matched, int added, int malformed, int blank) {
}
