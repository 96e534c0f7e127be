package com.reelwise.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The report command on the committed results and the real data: every generated part filled, a PDF that reads. */
class WriteReportTest {

    private static final Path DATA = Path.of("../shared/datasets");

    @Test
    void fillsEveryGeneratedPartAndRendersAPdfWithTheTables(@TempDir Path out) throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("ml-latest-small")), "no ../shared/datasets here");
        assumeTrue(Files.isRegularFile(PdfReport.FONT_DIR.resolve("DejaVuSans.ttf")), "no DejaVu fonts here");

        int code = new CommandLine(new WriteReport()).execute("--out", out.toString(), "--data", DATA.toString());

        assertThat(code).isZero();
        String report = Files.readString(out.resolve("report.md"));
        assertThat(report).doesNotContain("<!-- generated:")
                .contains("| ml-latest-small | 100,836 | 610 | 9,724 | 0.5–5.0 |")
                .contains("| ml-100k | 100,000 | 943 | 1,682 | 1.0–5.0 |")
                .contains("#### ml-100k, predicted stars, official u1-u5")
                .contains("#### ml-latest-small, Full ranking")
                .contains("SVD++ 0.922");
        for (String figure : new String[] {"ranking-ml-latest-small", "ranking-ml-100k", "stars-ml-100k", "stars-ml-latest-small"}) {
            Path png = out.resolve("report-figures").resolve(figure + ".png");
            assertThat(report).contains("(report-figures/" + figure + ".png)");
            assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        }
        try (PDDocument pdf = Loader.loadPDF(new File(out.resolve("report.pdf").toString()))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(8);
            String text = new PDFTextStripper().getText(pdf);
            // the equations' symbols come out as themselves, not as boxes: the font has them
            assertThat(text).contains("5.2 Predicted stars").contains("σ(").contains("Σ_i").contains("Additional tasks beyond the required ones");
        }
    }
}
