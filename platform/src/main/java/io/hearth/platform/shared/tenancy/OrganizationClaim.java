package io.hearth.platform.shared.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Keycloak's {@code organization} claim: a list of organization aliases, or a map alias ->
 * attributes when the mapper also adds ids. Aliases are tenant slugs.
 */
public final class OrganizationClaim {

    private OrganizationClaim() {
    }

    public static List<String> aliases(Object claim) {
        List<String> aliases = new ArrayList<>();
        if (claim instanceof Map<?, ?> map) {
            map.keySet().forEach(k -> aliases.add(unquote(k.toString())));
        } else if (claim instanceof Iterable<?> list) {
            list.forEach(v -> aliases.add(unquote(v.toString())));
        } else if (claim != null) {
            aliases.add(unquote(claim.toString()));
        }
        return aliases;
    }

    /** JSON-P values print with their quotes. */
    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
