package io.hearth.portal.web;

import java.util.Set;

/**
 * One entry of the side menu: shown to users holding any of {@code roles} (empty: everyone signed in).
 * {@code coming}: the page is a placeholder until its platform API ships.
 */
public record MenuEntry(String key, String href, String label, Set<String> roles, boolean coming) {

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
