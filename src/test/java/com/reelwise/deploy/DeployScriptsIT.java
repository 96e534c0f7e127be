package com.reelwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.reelwise.TestDatasets;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's steps without a Docker engine: deploy/verify-outside-docker.sh with the jar this
 * build just packaged lays the files out as the image does, starts deploy/start.sh with the image's
 * environment and checks the page, the catalog API and health. Models are not trained here
 * (REELWISE_TRAIN_ON_START=false) to keep the build short; the load run covers a start that trains.
 */
class DeployScriptsIT {

    @Test
    void theImageStepsProduceAServingApp() throws Exception {
        Path data = TestDatasets.require("ml-latest-small").getParent();
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("reelwise-.*\\.jar")).findFirst().orElse(null);
        }
        assumeTrue(jar != null, "No packaged jar in target/; run mvn -Pproduction verify (the package phase makes it)");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        File log = Files.createTempFile("verify-outside-docker", ".log").toFile();
        ProcessBuilder script = new ProcessBuilder(List.of("deploy/verify-outside-docker.sh", "--jar", jar.toString(),
                "--data-from", data.toString(), "--port", Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(log);
        script.environment().put("REELWISE_TRAIN_ON_START", "false");
        script.environment().put("TRAIN_MODELS", "false");
        Process process = script.start();

        boolean finished = process.waitFor(6, TimeUnit.MINUTES);
        if (!finished) {
            process.destroy();
        }
        String output = Files.readString(log.toPath());
        System.out.println(output);
        assertThat(finished).as("script finished within 6 minutes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("ok   page /", "ok   catalog stats", "ok   health", "ok   space profile active");
    }
}
