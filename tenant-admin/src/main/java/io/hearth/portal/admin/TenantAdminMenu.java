package io.hearth.portal.admin;

import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.MenuEntry;
import io.hearth.portal.web.Msg;
import io.hearth.portal.web.PortalMenu;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The tenant-admin menu: an entry shows only to the roles that may open its page. */
@ApplicationScoped
public class TenantAdminMenu implements PortalMenu {

    @Override
    public List<MenuEntry> entries(Locale locale) {
        Ta ta = Bundles.of(Ta.class, locale);
        return List.of(
                new MenuEntry("home", "/", Bundles.of(Msg.class, locale).menu_home(), Set.of(), false),
                new MenuEntry("dashboard", "/dashboard", ta.menu_dashboard(), AdminRoles.ORDERS_READ, false),
                new MenuEntry("orders", "/orders", ta.menu_orders(), AdminRoles.ORDERS_READ, false),
                new MenuEntry("alerts", "/alerts", ta.menu_alerts(), AdminRoles.ALERTS, false),
                new MenuEntry("workers", "/workers", ta.menu_workers(), AdminRoles.WORKERS_READ, false),
                new MenuEntry("catalog", "/catalog", ta.menu_catalog(), AdminRoles.CATALOG_READ, false),
                new MenuEntry("pricing", "/pricing", ta.menu_pricing(), AdminRoles.CATALOG_READ, false),
                new MenuEntry("customers", "/customers", ta.menu_customers(), AdminRoles.CUSTOMERS, false),
                new MenuEntry("chat", "/inbox", ta.menu_chat(), AdminRoles.CHAT, false),
                new MenuEntry("settings", "/settings", ta.menu_settings(), AdminRoles.SETTINGS, false),
                new MenuEntry("staff", "/staff", ta.menu_staff(), AdminRoles.STAFF, false));
    }
}
