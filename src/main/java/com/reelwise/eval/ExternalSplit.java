package com.reelwise.eval;

import com.reelwise.ratings.Interactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a split made elsewhere, in the file formats of the NCF reference implementation, so
 * numbers can be compared on identical candidates. Ids are dense 0-based integers.
 * <ul>
 * <li>{@code .train.rating} and {@code .test.rating}: {@code user\titem\trating\ttimestamp} per line
 *     (rating and timestamp may be missing: then rating 1 and the line number as time).</li>
 * <li>{@code .test.negative}: {@code (user,item)\tneg1\tneg2...} per line, the test item of the
 *     user followed by the negatives it is ranked against.</li>
 * </ul>
 * The validation part is carved from train by the protocol's rule; without a negatives file,
 * loo-99neg samples negatives from items absent from the user's train and test lines.
 */
public final class ExternalSplit {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalSplit.class);

    private ExternalSplit() {
    }

    /**
     * @param negatives the {@code .test.negative} file, or null to sample (loo-99neg) / none (full-ranking)
     */
    public static Split read(Path train, Path test, Path negatives, Protocol protocol) {
        Rows trainRows = Rows.read(train, protocol.ratingThreshold());
        Rows testRows = Rows.read(test, protocol.ratingThreshold());
        List<int[]> negativeLines = negatives == null ? List.of() : readNegatives(negatives);
        int numUsers = Math.max(trainRows.maxUser(), testRows.maxUser()) + 1;
        int numItems = Math.max(trainRows.maxItem(), testRows.maxItem()) + 1;
        for (int[] line : negativeLines) {
            numUsers = Math.max(numUsers, line[0] + 1);
            for (int k = 1; k < line.length; k++) {
                numItems = Math.max(numItems, line[k] + 1);
            }
        }
        int[][] histories = Splitter.byUserInTimeOrder(numUsers, trainRows.users, trainRows.items, trainRows.times);
        List<Integer> tu = new ArrayList<>();
        List<Integer> ti = new ArrayList<>();
        List<Integer> vu = new ArrayList<>();
        List<Integer> vi = new ArrayList<>();
        for (int u = 0; u < numUsers; u++) {
            int[] h = histories[u];
            int nVal = Splitter.holdout(h.length, protocol);
            for (int k = 0; k < h.length; k++) {
                (k < h.length - nVal ? tu : vu).add(u);
                (k < h.length - nVal ? ti : vi).add(h[k]);
            }
        }
        Interactions trainPart = Interactions.of(numUsers, numItems, toArray(tu), toArray(ti));
        Interactions validationPart = Interactions.of(numUsers, numItems, toArray(vu), toArray(vi));
        Interactions testPart = Interactions.of(numUsers, numItems, testRows.users, testRows.items);
        Interactions everything = Split.union(Split.union(trainPart, validationPart), testPart);
        for (int u = 0; u < numUsers; u++) {
            for (int item : testPart.itemsOf(u)) {
                if (trainPart.contains(u, item) || validationPart.contains(u, item)) {
                    throw new IllegalArgumentException("test item " + item + " of user " + u + " is also in train");
                }
            }
            if (protocol.leaveOneOut() && testPart.countOf(u) > 1) {
                throw new IllegalArgumentException("loo-99neg needs one test item per user; user " + u + " has " + testPart.countOf(u));
            }
        }
        int[][] negativesByUser;
        if (!protocol.leaveOneOut()) {
            negativesByUser = Splitter.emptyNegatives(numUsers);
        } else if (negativeLines.isEmpty()) {
            negativesByUser = Splitter.sampleNegatives(testPart, everything, protocol.negatives(), protocol.seed());
        } else {
            negativesByUser = fromLines(negativeLines, testPart, everything);
        }
        return new Split(trainPart, validationPart, testPart, negativesByUser, histories);
    }

    private static int[][] fromLines(List<int[]> lines, Interactions test, Interactions everything) {
        int[][] byUser = Splitter.emptyNegatives(test.numUsers());
        int seen = 0;
        for (int[] line : lines) {
            int user = line[0];
            int item = line[1];
            if (!test.contains(user, item)) {
                throw new IllegalArgumentException("negatives line (" + user + "," + item + ") names no test interaction");
            }
            int[] negs = Arrays.copyOfRange(line, 2, line.length);
            for (int n : negs) {
                if (n == item) {
                    throw new IllegalArgumentException("negatives of user " + user + " contain its test item " + item);
                }
                seen += everything.contains(user, n) ? 1 : 0;
            }
            byUser[user] = negs;
        }
        if (seen > 0) {
            // Kept as given: the point is to rank the very same candidates as the other implementation.
            LOG.warn("{} supplied negatives are items their user interacted with", seen);
        }
        return byUser;
    }

    /** Lines "(user,item)\tneg..." as int[] {user, item, neg...}. */
    private static List<int[]> readNegatives(Path file) {
        List<int[]> lines = new ArrayList<>();
        for (String line : lines(file)) {
            String[] parts = line.trim().split("\\s+");
            String[] pair = parts[0].replace("(", "").replace(")", "").split(",");
            if (pair.length != 2) {
                throw new IllegalArgumentException("bad negatives line in " + file + ": " + line);
            }
            int[] values = new int[parts.length + 1];
            values[0] = Integer.parseInt(pair[0].trim());
            values[1] = Integer.parseInt(pair[1].trim());
            for (int k = 1; k < parts.length; k++) {
                values[k + 1] = Integer.parseInt(parts[k]);
            }
            lines.add(values);
        }
        return lines;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Positive (user, item, time) lines of a .rating file. */
    private record Rows(int[] users, int[] items, long[] times) {

        static Rows read(Path file, float threshold) {
            List<String> lines = lines(file);
            int[] users = new int[lines.size()];
            int[] items = new int[lines.size()];
            long[] times = new long[lines.size()];
            int n = 0;
            for (int k = 0; k < lines.size(); k++) {
                String[] parts = lines.get(k).trim().split("\\s+");
                if (parts.length < 2) {
                    throw new IllegalArgumentException("bad line " + (k + 1) + " in " + file + ": " + lines.get(k));
                }
                float rating = parts.length > 2 ? Float.parseFloat(parts[2]) : 1f;
                if (rating < threshold) {
                    continue;
                }
                users[n] = Integer.parseInt(parts[0]);
                items[n] = Integer.parseInt(parts[1]);
                times[n++] = parts.length > 3 ? Long.parseLong(parts[3]) : k;
            }
            return new Rows(Arrays.copyOf(users, n), Arrays.copyOf(items, n), Arrays.copyOf(times, n));
        }

        int maxUser() {
            return Arrays.stream(users).max().orElse(-1);
        }

        int maxItem() {
            return Arrays.stream(items).max().orElse(-1);
        }
    }
}
