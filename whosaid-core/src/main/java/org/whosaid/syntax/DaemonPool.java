package org.whosaid.syntax;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Thread pools for the package's independent jobs (tagger folds, parser voters, decoding a voter
 * while the next is inflated): daemon threads, so a pool its caller forgot to shut down never keeps
 * the JVM alive, named after their job for thread dumps.
 */
final class DaemonPool {

    private DaemonPool() {
    }

    static ExecutorService of(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
