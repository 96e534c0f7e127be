package com.reelwise.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MojibakeTest {

    @Test
    void repairsTheCasesOfTheUdacityFile() {
        assertThat(Mojibake.repair("Un hÃ©ros trÃ¨s discret")).isEqualTo("Un héros très discret");
        assertThat(Mojibake.repair("Alejandro GonzÃ¡lez IÃ±Ã¡rritu")).isEqualTo("Alejandro González Iñárritu");
        assertThat(Mojibake.repair("Tomek BagiÅ„skiâ€™s latest project")).isEqualTo("Tomek Bagiński’s latest project");
        assertThat(Mojibake.repair("Inuyasha: Kagami no Naka no MugenjÅ\u008d")).isEqualTo("Inuyasha: Kagami no Naka no Mugenjō");
        assertThat(Mojibake.repair("KryÅ¡tof HÃ¡dek")).isEqualTo("Kryštof Hádek");
        // the file dropped the bytes Windows-1252 leaves undefined: Á (C3 81) and ” (E2 80 9D) lost their last byte
        assertThat(Mojibake.repair("Miguel Ãngel MuÃ±oz")).isEqualTo("Miguel Ángel Muñoz");
        assertThat(Mojibake.repair("â€œCÃ¡sese quien puedaâ€")).isEqualTo("“Cásese quien pueda”");
    }

    @Test
    void leavesCorrectTextAlone() {
        for (String ok : new String[] {"Amélie", "SÃO PAULO", "Ça ira", "Ã bientôt", "WALL·E", "Léon: The Professional", "plain", ""}) {
            assertThat(Mojibake.repair(ok)).isEqualTo(ok);
        }
        assertThat(Mojibake.repair(null)).isNull();
    }

    @Test
    void theRealFileIsCleanAfterRepair() throws Exception {
        Path file = Path.of(System.getProperty("reelwise.data-dir", "../shared/datasets"), "tmdb-movies-udacity", "tmdb-movies.csv");
        assumeThat(file).as("the Udacity TMDB file in the shared data").exists();
        long before = 0;
        long after = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            // the catalog repairs cell by cell; commas and bars separate the cells and the names within them
            for (String cell : line.split("[,|]")) {
                before += cell.contains("Ã") ? 1 : 0;
                after += Mojibake.repair(cell).contains("Ã") ? 1 : 0;
            }
        }
        assertThat(before).isGreaterThan(1000);
        assertThat(after).isLessThan(before / 100);
    }
}
