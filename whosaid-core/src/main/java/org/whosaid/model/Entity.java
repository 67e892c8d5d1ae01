package org.whosaid.model;

import java.util.List;
import java.util.Objects;

/**
 * A speaker resolved within one article: its canonical name, every surface form seen for it and the
 * descriptors (titles, roles, affiliations) the article uses for it.
 */
public record Entity(String id, String name, EntityKind kind, List<String> aliases, List<String> descriptors) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        descriptors = List.copyOf(descriptors);
    }
}
