package com.reelwise.report;

import com.reelwise.rating.RatingResults;
import com.reelwise.ratings.MovieLensDataset;
import com.reelwise.ratings.Ratings;
import com.reelwise.ratings.RatingsReader;
import com.reelwise.results.EvaluationResults;
import com.reelwise.results.EvaluationRow;
import com.reelwise.results.LatestResults;
import com.reelwise.results.ResultsMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes {@code docs/report.md} and {@code docs/report.pdf} from {@code docs/report-source.md}: each
 * {@code <!-- generated: name -->} line becomes a table or figure made from the result files, so a rerun of the
 * evaluation refreshes the report. Figures go to {@code docs/report-figures/}.
 * <pre>
 * mvn -q test-compile exec:java@report [-Dexec.args="--data ../shared/datasets"]
 * </pre>
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Writes docs/report.md and docs/report.pdf from the results.")
public final class WriteReport implements Callable<Integer> {

    @Option(names = "--source", defaultValue = "docs/report-source.md", description = "The report's text (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--out", defaultValue = "docs", description = "Where report.md, report.pdf and report-figures/ go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--results", defaultValue = "model-training/eval/results", description = "Ranking results (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--ratings", defaultValue = "model-training/rating/results", description = "Rating results (default: ${DEFAULT-VALUE}).")
    Path ratings;

    @Option(names = "--data", defaultValue = "../shared/datasets", description = "Data folder for the data table (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--no-pdf", description = "Write the Markdown and figures only.")
    boolean noPdf;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WriteReport()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        LatestResults latest = new EvaluationResults(results).latest();
        RatingResults stars = RatingResults.newest(ratings);
        String text = Files.readString(source);
        StringBuilder report = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String name = line.strip().matches("<!-- generated: [a-z-]+ -->") ? line.strip().replaceAll("<!-- generated: ([a-z-]+) -->", "$1") : null;
            report.append(name == null ? line : generated(name, latest, stars)).append('\n');
        }
        Files.createDirectories(out);
        Path markdown = out.resolve("report.md");
        Files.writeString(markdown, report.toString().stripTrailing() + "\n");
        System.out.println("Wrote " + markdown);
        if (!noPdf) {
            Path pdf = out.resolve("report.pdf");
            PdfReport.write(report.toString(), out, pdf);
            System.out.println("Wrote " + pdf + " (" + Files.size(pdf) / 1024 + " KB)");
        }
        return 0;
    }

    private String generated(String name, LatestResults latest, RatingResults stars) throws IOException {
        return switch (name) {
            case "stamp" -> "*Generated " + LocalDate.now(ZoneOffset.UTC) + " from the ranking results in `" + results
                    + "` (the newest row per data set, protocol and method) and the rating results in `" + ratings + "`.*";
            case "data" -> dataTable();
            case "ranking" -> latest.rows().isEmpty() ? "*No ranking results in " + results + ".*" : ResultsMarkdown.markdown(latest);
            case "stars" -> stars.rows().isEmpty() ? "*No rating results in " + ratings + ".*" : stars.markdown();
            case "ranking-figure" -> rankingFigures(latest);
            case "stars-figure" -> starsFigures(stars);
            default -> throw new IllegalArgumentException("Unknown generated part '" + name + "' in " + source);
        };
    }

    private String rankingFigures(LatestResults latest) throws IOException {
        StringBuilder md = new StringBuilder();
        for (String dataset : latest.datasets()) {
            List<EvaluationRow> rows = latest.filter(dataset, "full-ranking", null).stream().filter(r -> !r.sweepPoint()).toList();
            if (rows.isEmpty()) {
                continue;
            }
            String file = "report-figures/ranking-" + dataset + ".png";
            ReportFigures.ranking(dataset + ", full ranking (latest 20% held out): NDCG@10", "NDCG@10", rows, out.resolve(file));
            md.append("![").append(dataset).append(", full ranking, NDCG@10 per method; ours in colour, baselines in grey](")
                    .append(file).append(")\n\n");
        }
        return md.toString();
    }

    private String starsFigures(RatingResults stars) throws IOException {
        StringBuilder md = new StringBuilder();
        for (String dataset : stars.datasets()) {
            String file = "report-figures/stars-" + dataset + ".png";
            ReportFigures.stars(dataset + ", predicted stars: RMSE over five folds", stars.of(dataset), out.resolve(file));
            md.append("![").append(dataset).append(", RMSE per rating model](").append(file).append(")\n\n");
        }
        return md.toString();
    }

    /** Each MovieLens release in the data folder: ratings, people, films, scale and time span, counted from the files. */
    private String dataTable() {
        List<MovieLensDataset> releases = MovieLensDataset.findAll(data);
        if (releases.isEmpty()) {
            return "*No MovieLens release in " + data + " to count.*";
        }
        StringBuilder md = new StringBuilder("| release | ratings | people | rated films | stars | first rating | last rating | density |\n"
                + "| --- | ---: | ---: | ---: | --- | --- | --- | ---: |\n");
        for (MovieLensDataset release : releases) {
            Ratings r = RatingsReader.read(release);
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (int row = 0; row < r.size(); row++) {
                min = Math.min(min, r.value(row));
                max = Math.max(max, r.value(row));
                first = Math.min(first, r.timestamp(row));
                last = Math.max(last, r.timestamp(row));
            }
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.1f–%.1f | %s | %s | %.2f%% |%n", release.name(), r.size(),
                    r.users().size(), r.movies().size(), min, max, day(first), day(last),
                    100.0 * r.size() / ((double) r.users().size() * r.movies().size())));
        }
        return md.append("\n*Counted from the files by the report command.*").toString();
    }

    private static String day(long seconds) {
        return Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
