package org.whosaid.pipeline;

/** Told how long each stage took; used by {@code whosaid bench}. Must be thread-safe if shared. */
@FunctionalInterface
public interface StageObserver {
    StageObserver NONE = (stage, nanos) -> { };

    void stageFinished(Stage stage, long nanos);
}
