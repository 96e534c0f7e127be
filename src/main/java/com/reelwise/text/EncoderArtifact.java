package com.reelwise.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** File names inside an encoder artifact folder. */
final class EncoderArtifact {

    static final String CONFIG_FILE = "encoder-config.json";
    static final String TOKENIZER_FILE = "tokenizer.json";
    static final String METRICS_FILE = "metrics.json";

    private EncoderArtifact() {
    }

    static EncoderConfig readConfig(Path dir) throws IOException {
        Path file = dir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("Not an encoder artifact (no " + CONFIG_FILE + "): " + dir);
        }
        return EncoderConfig.read(file);
    }

    static Path tokenizerFile(Path dir) {
        return dir.resolve(TOKENIZER_FILE);
    }
}
