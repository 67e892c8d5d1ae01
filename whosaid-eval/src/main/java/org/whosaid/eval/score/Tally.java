package org.whosaid.eval.score;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts per role plus attribution-level counts, for one slice of the data (everything, one
 * quotation type, one outlet).
 *
 * @param attributions attribution-level counts: a gold attribution (with content) is matched
 *                     one-to-one to a predicted one by content overlap; the pair counts under
 *                     "overlap" (with credit 1) when the predicted source overlaps the gold source or
 *                     both have none, and under "exact" when content and source are both equal
 */
public record Tally(Map<Role, Counts> roles, Counts attributions) {

    public static final Tally ZERO = new Tally(Map.of(), Counts.ZERO);

    public Tally {
        EnumMap<Role, Counts> full = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            full.put(r, roles.getOrDefault(r, Counts.ZERO));
        }
        roles = Collections.unmodifiableMap(full);
    }

    public Counts role(Role role) {
        return roles.get(role);
    }

    public Tally plus(Tally o) {
        EnumMap<Role, Counts> sum = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            sum.put(r, role(r).plus(o.role(r)));
        }
        return new Tally(sum, attributions.plus(o.attributions));
    }

    Tally plusRole(Role role, Counts c) {
        EnumMap<Role, Counts> sum = new EnumMap<>(roles);
        sum.put(role, role(role).plus(c));
        return new Tally(sum, attributions);
    }

    Tally plusAttributions(Counts c) {
        return new Tally(roles, attributions.plus(c));
    }
}
