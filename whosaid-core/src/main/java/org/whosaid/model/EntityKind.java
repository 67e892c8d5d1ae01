package org.whosaid.model;

import java.util.Locale;

/** The kind of speaker an entity is. */
public enum EntityKind {
    PERSON,
    ORGANIZATION,
    /** An unnamed plurality: "experts", "officials", "analysts". */
    GROUP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
