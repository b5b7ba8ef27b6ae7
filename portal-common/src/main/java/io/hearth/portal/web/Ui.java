package io.hearth.portal.web;

import io.hearth.portal.PortalConfig;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * What the layout needs on every page: the portal, the viewer, their language and the menu entries their roles
 * allow. Available in every template as {@code ui} (see {@link TemplateSetup}).
 */
@RequestScoped
@Unremovable // looked up by the template global, never injected
public class Ui {

    @Inject
    PortalConfig portal;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguage language;

    @Inject
    PortalMenu menu;

    @Inject
    HttpServerRequest request;

    public String title() {
        return portal.title();
    }

    /** The portal's audience in the viewer's language (English when it has no text in that language). */
    public String audience() {
        return portal.audience().getOrDefault(language.tag(), portal.audience().getOrDefault("en", ""));
    }

    public String user() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** Whether the viewer holds any of the roles. */
    public boolean has(String... roles) {
        for (String r : roles) {
            if (identity.hasRole(r)) {
                return true;
            }
        }
        return false;
    }

    public String lang() {
        return language.tag();
    }

    public boolean chinese() {
        return language.chinese();
    }

    public List<MenuEntry> menu() {
        return menu.entries(language.locale()).stream().filter(e -> e.visibleTo(identity.getRoles())).toList();
    }

    /** The menu entry this page belongs to: the longest matching href. */
    public boolean active(MenuEntry entry) {
        String path = path();
        if (entry.href().equals("/")) {
            return path.equals("/");
        }
        return path.equals(entry.href()) || path.startsWith(entry.href() + "/");
    }

    public String path() {
        try {
            return request.path();
        } catch (RuntimeException e) {
            return "/";
        }
    }

    /** The link that switches to the other language and comes back here. */
    public String switchLanguageHref(String to) {
        String uri;
        try {
            uri = request.uri();
        } catch (RuntimeException e) {
            uri = "/";
        }
        return "/lang?to=" + to + "&back=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }
}
