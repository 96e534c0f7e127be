package com.reelwise.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown to PDF: CommonMark (with GitHub tables) renders XHTML, openhtmltopdf lays it out on A4 pages. */
final class PdfReport {

    /** Debian's fonts-dejavu-core: it has every symbol the equations use (σ, ⊙, Σ, ‖, ≤), which PDF's built-in fonts lack. */
    static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 18mm 16mm;
                    @bottom-center { content: "Reelwise report, page " counter(page) " of " counter(pages); font-size: 8pt; color: #666; font-family: 'DejaVu Sans'; } }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.4; color: #111; }
            h1 { font-size: 20pt; margin: 0 0 8pt 0; } h2 { font-size: 14pt; margin-top: 18pt; border-bottom: 1px solid #ccc; }
            h3 { font-size: 11.5pt; margin-top: 12pt; } h4 { font-size: 10pt; margin-top: 10pt; }
            code, pre { font-family: 'DejaVu Sans Mono'; font-size: 8.5pt; }
            pre { background: #f4f4f4; padding: 5pt; white-space: pre-wrap; }
            table { border-collapse: collapse; margin: 6pt 0; font-size: 8pt; -fs-table-paginate: paginate; }
            th, td { border: 1px solid #bbb; padding: 2pt 4pt; vertical-align: top; }
            th { background: #eef; }
            img { max-width: 100%; border: 1px solid #ddd; margin: 4pt 0; }
            tr, img { page-break-inside: avoid; }
            """;

    private PdfReport() {
    }

    static String html(String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        String body = HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
        return "<html><head><meta charset=\"utf-8\"/><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
    }

    /** Writes {@code markdown} as a PDF; relative image paths are read from {@code baseDir}. */
    static void write(String markdown, Path baseDir, Path pdf) throws IOException {
        for (String font : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansMono.ttf")) {
            if (!Files.isRegularFile(FONT_DIR.resolve(font))) {
                throw new IOException("The PDF needs the DejaVu fonts in " + FONT_DIR + " (Debian: apt-get install fonts-dejavu-core).");
            }
        }
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(FONT_DIR.resolve("DejaVuSans.ttf").toFile(), "DejaVu Sans");
            builder.useFont(FONT_DIR.resolve("DejaVuSans-Bold.ttf").toFile(), "DejaVu Sans", 700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(FONT_DIR.resolve("DejaVuSans-Oblique.ttf").toFile(), "DejaVu Sans", 400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.useFont(FONT_DIR.resolve("DejaVuSansMono.ttf").toFile(), "DejaVu Sans Mono");
            builder.withHtmlContent(html(markdown), baseDir.toAbsolutePath().toUri().toString());
            builder.toStream(out);
            builder.run();
        }
    }
}
