package io.hearth.portal.web;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.Set;

/** A portal without pages of its own yet shows only its home page. */
@ApplicationScoped
public class DefaultPortalMenu {

    @Produces
    @DefaultBean
    @ApplicationScoped
    PortalMenu homeOnly() {
        return locale -> List.of(new MenuEntry("home", "/",
                Bundles.of(Msg.class, locale).menu_home(),
                Set.of(), false));
    }
}
