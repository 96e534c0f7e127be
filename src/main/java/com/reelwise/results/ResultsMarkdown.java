package com.reelwise.results;

import com.reelwise.eval.Baselines;
import com.reelwise.eval.PairedBootstrap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The results tables of the README and model-training/eval/README.md, generated from the result files so a rerun
 * refreshes them: per data set and protocol, every method's headline metrics with the protocol written above, and
 * each of our methods against EASE (and recency-weighted EASE) with a paired bootstrap 95% interval.
 * <pre>
 * mvn -q compile exec:java@results-tables -Dexec.args="--results model-training/eval/results"
 * </pre>
 */
@Command(name = "results-tables", mixinStandardHelpOptions = true, description = "Prints the results tables as Markdown.")
public final class ResultsMarkdown implements Callable<Integer> {

    @Option(names = "--results", defaultValue = "model-training/eval/results", description = "Results folder (default: ${DEFAULT-VALUE}).")
    Path results;

    public static void main(String[] args) {
        int code = new CommandLine(new ResultsMarkdown()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        System.out.print(markdown(new EvaluationResults(results).latest()));
        return 0;
    }

    /** Every table, in reading order. */
    public static String markdown(LatestResults latest) {
        StringBuilder out = new StringBuilder();
        for (String dataset : latest.datasets()) {
            for (String protocol : latest.protocols(dataset)) {
                List<EvaluationRow> rows = latest.filter(dataset, protocol, null);
                if (rows.isEmpty()) {
                    continue;
                }
                EvaluationRow first = rows.get(0);
                out.append("#### ").append(dataset).append(", ").append(ProtocolText.title(protocol)).append("\n\n");
                out.append(ProtocolText.describe(protocol, first.config(), first.seed(), first.users())).append("\n\n");
                List<String> metrics = rows.stream().flatMap(r -> r.metrics().keySet().stream()).distinct()
                        .filter(MetricNames::isAccuracy).sorted(MetricNames.READING_ORDER).toList();
                out.append("| method | ").append(String.join(" | ", metrics)).append(" | ILD@10 | run |\n");
                out.append("| --- |").append(" ---: |".repeat(metrics.size())).append(" ---: | --- |\n");
                for (EvaluationRow r : rows) {
                    out.append("| ").append(MethodNames.display(r.method())).append(MethodNames.ours(r.method()) ? " *(ours)*" : "");
                    for (String m : metrics) {
                        Double v = r.metric(m);
                        out.append(" | ").append(v == null ? "" : String.format(Locale.ROOT, "%.4f", v));
                    }
                    Double ild = r.metric("ILD@10");
                    out.append(" | ").append(ild == null ? "" : String.format(Locale.ROOT, "%.3f", ild));
                    out.append(" | ").append(r.date() == null ? "" : r.date().substring(0, Math.min(10, r.date().length()))).append(" |\n");
                }
                out.append('\n');
                for (String reference : Baselines.REFERENCES) {
                    rows.stream().filter(r -> r.method().equals(reference) && !r.perUser().isEmpty()).findFirst()
                            .ifPresent(base -> out.append(intervals(base, rows)));
                }
            }
        }
        return out.toString();
    }

    private static String intervals(EvaluationRow base, List<EvaluationRow> rows) {
        List<String> metrics = base.perUser().keySet().stream().sorted(MetricNames.READING_ORDER).toList();
        List<String> lines = new ArrayList<>();
        for (EvaluationRow r : rows) {
            if (r == base || !MethodNames.ours(r.method()) || !r.sameRun(base) || r.perUser().isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder("| ").append(MethodNames.display(r.method()));
            for (String m : metrics) {
                double[] mine = r.perUser().get(m);
                double[] theirs = base.perUser().get(m);
                if (mine == null || mine.length != theirs.length) {
                    line.append(" | ");
                    continue;
                }
                PairedBootstrap.Interval i = PairedBootstrap.of(mine, theirs, r.seed() == null ? 42 : r.seed());
                line.append(String.format(Locale.ROOT, " | %+.4f [%+.4f, %+.4f] %s", i.difference(), i.low(), i.high(),
                        i.better() ? "**better**" : i.worse() ? "worse" : "tie"));
            }
            lines.add(line.append(" |").toString());
        }
        if (lines.isEmpty()) {
            return "";
        }
        return "Against " + MethodNames.display(base.method()) + ", user by user (paired bootstrap, " + PairedBootstrap.RESAMPLES
                + " resamples, 95% interval of the difference; an interval holding 0 is a tie):\n\n"
                + "| method | " + String.join(" | ", metrics.stream().map(m -> "Δ " + m).toList()) + " |\n"
                + "| --- |" + " --- |".repeat(metrics.size()) + "\n" + String.join("\n", lines) + "\n\n";
    }
}
