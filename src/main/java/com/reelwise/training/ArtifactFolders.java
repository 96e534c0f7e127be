package com.reelwise.training;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The background thread that loads or trains a model while the app serves. */
final class ArtifactFolders {

    private ArtifactFolders() {
    }

    /** One daemon thread, so loading or training never holds the JVM open at shutdown. */
    static ExecutorService backgroundWorker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
