package org.whosaid.learned;

import java.io.IOException;

/** A model file that cannot be used: not a model, corrupt, or written in another format version. */
public final class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message) {
        super(message);
    }
}
