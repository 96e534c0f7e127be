package com.reelwise.eval;

import com.reelwise.ratings.Interactions;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.TimeOrder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A split made elsewhere, with MovieLens ids, so every method (content and hybrid too, which need the
 * films' texts) can be compared with other implementations on identical candidates.
 * <ul>
 * <li>split: {@code userId,itemId,rating,timestamp,part} with a header line; {@code part} is {@code train},
 *     {@code val} or {@code test}. Models fit on train and tune on val; test is scored with train+val known.</li>
 * <li>negatives (loo-99neg): {@code userId,stage,heldout_itemId,neg_1,…,neg_99} with a header line; the
 *     {@code test} lines give the candidates each test item is ranked against (the {@code val} lines are
 *     read and checked, but the methods here tune by full ranking on val).</li>
 * </ul>
 * Ids are mapped through the MovieLens release's own ratings, which must hold every id the files name.
 */
public final class CsvSplit {

    private CsvSplit() {
    }

    /**
     * @param negatives the negatives file, or null to sample 99 per test item (loo-99neg) / none (full-ranking)
     */
    public static Split read(Path split, Path negatives, Ratings release, Protocol protocol) {
        int numUsers = release.users().size();
        int numItems = release.movies().size();
        Columns train = new Columns();
        Columns validation = new Columns();
        Columns test = new Columns();
        for (CSVRecord row : records(split, "userId", "itemId", "rating", "timestamp", "part")) {
            int user = index(release.users().indexOf(parse(row, "userId")), "userId", row.get("userId"), row, split);
            int item = index(release.movies().indexOf(parse(row, "itemId")), "itemId", row.get("itemId"), row, split);
            float rating = Float.parseFloat(row.get("rating"));
            long time = Long.parseLong(row.get("timestamp").trim());
            if (rating < protocol.ratingThreshold()) {
                continue;
            }
            switch (row.get("part").trim().toLowerCase(Locale.ROOT)) {
                case "train" -> train.add(user, item, time);
                case "val" -> validation.add(user, item, time);
                case "test" -> test.add(user, item, time);
                default -> throw new IllegalArgumentException(split + " line " + row.getRecordNumber() + ": part must be train, val or test, was '"
                        + row.get("part") + "'");
            }
        }
        int[][] trainOrder = TimeOrder.byUser(numUsers, train.users(), train.items(), train.times());
        int[][] validationOrder = TimeOrder.byUser(numUsers, validation.users(), validation.items(), validation.times());
        int[][] knownOrder = new int[numUsers][];
        for (int u = 0; u < numUsers; u++) {
            int[] before = trainOrder[u];
            int[] kept = Arrays.stream(validationOrder[u]).filter(i -> Arrays.stream(before).noneMatch(t -> t == i)).toArray();
            knownOrder[u] = concat(trainOrder[u], kept);
            validationOrder[u] = kept;
        }
        Interactions trainPart = fromRows(trainOrder, numItems);
        Interactions validationPart = fromRows(validationOrder, numItems);
        Interactions testPart = Interactions.of(numUsers, numItems, test.users(), test.items());
        for (int u = 0; u < numUsers; u++) {
            for (int item : testPart.itemsOf(u)) {
                if (trainPart.contains(u, item) || validationPart.contains(u, item)) {
                    throw new IllegalArgumentException(split + ": test item " + item + " of user " + u + " is also in train or val");
                }
            }
            if (protocol.leaveOneOut() && testPart.countOf(u) > 1) {
                throw new IllegalArgumentException(split + ": loo-99neg needs one test item per user; user "
                        + release.users().idAt(u) + " has " + testPart.countOf(u));
            }
        }
        Interactions everything = Split.union(Split.union(trainPart, validationPart), testPart);
        int[][] negativesByUser;
        if (!protocol.leaveOneOut()) {
            negativesByUser = Splitter.emptyNegatives(numUsers);
        } else if (negatives == null) {
            negativesByUser = Splitter.sampleNegatives(testPart, everything, protocol.negatives(), protocol.seed());
        } else {
            negativesByUser = readNegatives(negatives, release, testPart);
        }
        return new Split(trainPart, validationPart, testPart, negativesByUser, knownOrder);
    }

    private static int[][] readNegatives(Path file, Ratings release, Interactions test) {
        int[][] byUser = Splitter.emptyNegatives(test.numUsers());
        for (CSVRecord row : records(file, "userId", "stage", "heldout_itemId")) {
            int user = index(release.users().indexOf(parse(row, "userId")), "userId", row.get("userId"), row, file);
            int heldOut = index(release.movies().indexOf(parse(row, "heldout_itemId")), "heldout_itemId", row.get("heldout_itemId"), row, file);
            int[] negs = new int[row.size() - 3];
            for (int k = 3; k < row.size(); k++) {
                negs[k - 3] = index(release.movies().indexOf(Integer.parseInt(row.get(k).trim())), "neg_" + (k - 2), row.get(k), row, file);
                if (negs[k - 3] == heldOut) {
                    throw new IllegalArgumentException(file + " line " + row.getRecordNumber() + ": the negatives contain the held-out item");
                }
            }
            String stage = row.get("stage").trim().toLowerCase(Locale.ROOT);
            if (stage.equals("test")) {
                if (!test.contains(user, heldOut)) {
                    throw new IllegalArgumentException(file + " line " + row.getRecordNumber() + ": user " + row.get("userId")
                            + " has no test interaction with item " + row.get("heldout_itemId"));
                }
                byUser[user] = negs;
            } else if (!stage.equals("val")) {
                throw new IllegalArgumentException(file + " line " + row.getRecordNumber() + ": stage must be val or test, was '" + row.get("stage") + "'");
            }
        }
        return byUser;
    }

    private static List<CSVRecord> records(Path file, String... required) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader);
            for (String column : required) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(file + " has no '" + column + "' column; its header is " + parser.getHeaderNames());
                }
            }
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static int parse(CSVRecord row, String column) {
        return Integer.parseInt(row.get(column).trim());
    }

    private static int index(int index, String column, String value, CSVRecord row, Path file) {
        if (index < 0) {
            throw new IllegalArgumentException(file + " line " + row.getRecordNumber() + ": " + column + " " + value
                    + " is not in the MovieLens release given by --dataset");
        }
        return index;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Interactions fromRows(int[][] rows, int numItems) {
        List<Integer> users = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (int u = 0; u < rows.length; u++) {
            for (int item : rows[u]) {
                users.add(u);
                items.add(item);
            }
        }
        return Interactions.of(rows.length, numItems, users.stream().mapToInt(Integer::intValue).toArray(),
                items.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Growing parallel (user, item, time) columns. */
    private static final class Columns {
        private int[] users = new int[1024];
        private int[] items = new int[1024];
        private long[] times = new long[1024];
        private int size;

        void add(int user, int item, long time) {
            if (size == users.length) {
                users = Arrays.copyOf(users, size * 2);
                items = Arrays.copyOf(items, size * 2);
                times = Arrays.copyOf(times, size * 2);
            }
            users[size] = user;
            items[size] = item;
            times[size++] = time;
        }

        int[] users() {
            return Arrays.copyOf(users, size);
        }

        int[] items() {
            return Arrays.copyOf(items, size);
        }

        long[] times() {
            return Arrays.copyOf(times, size);
        }
    }
}
