package com.reelwise.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.reelwise.ReelwiseApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A person's lists survive a restart of the whole application on the same H2 file. */
class ProfileRestartTest {

    @Test
    void listsAreStillThereAfterARestart() throws Exception {
        Path dir = Files.createTempDirectory("reelwise-restart");
        Path data = TinyData.create(10);
        String[] args = {"--server.port=0", "--reelwise.train-on-start=false", "--reelwise.data-dir=" + data,
                "--reelwise.models-dir=" + dir.resolve("models"),
                "--reelwise.db.url=jdbc:h2:file:" + dir.resolve("people") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"};

        NewProfile created;
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(ReelwiseApplication.class).run(args)) {
            ProfileStore store = first.getBean(ProfileStore.class);
            created = store.create("Dee");
            store.setVerdict(created.lists().profileId(), created.key(), 2, Verdict.LIKE);
            store.setVerdict(created.lists().profileId(), created.key(), 5, Verdict.DISLIKE);
            store.addFilm(created.lists().profileId(), created.key(), 7);
            store.setStars(created.lists().profileId(), created.key(), 3, 4.5f);
            store.setStars(created.lists().profileId(), created.key(), 6, 2f);
            store.setStars(created.lists().profileId(), created.key(), 6, 1.5f);
        }

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ReelwiseApplication.class).run(args)) {
            PersonLists lists = second.getBean(ProfileStore.class).open(created.lists().profileId(), created.key());
            assertThat(lists.name()).isEqualTo("Dee");
            assertThat(lists.liked()).containsExactly(2);
            assertThat(lists.disliked()).containsExactly(5);
            assertThat(lists.myFilms()).containsExactly(7);
            assertThat(lists.stars()).containsExactly(java.util.Map.entry(3, 4.5f), java.util.Map.entry(6, 1.5f));
        }
    }
}
