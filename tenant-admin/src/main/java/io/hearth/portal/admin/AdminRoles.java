package io.hearth.portal.admin;

import static io.hearth.portal.web.PortalRoles.CATALOG_MANAGER;
import static io.hearth.portal.web.PortalRoles.CUSTOMER_SERVICE;
import static io.hearth.portal.web.PortalRoles.DISPATCHER;
import static io.hearth.portal.web.PortalRoles.FINANCE;
import static io.hearth.portal.web.PortalRoles.MARKETING;
import static io.hearth.portal.web.PortalRoles.OWNER;

import java.util.Set;

/**
 * Who may see which page of tenant-admin: the same roles the platform grants for the API behind it, so the menu
 * never offers a page whose data the platform would refuse. Used by the menu and by {@code @RolesAllowed}.
 */
public final class AdminRoles {

    /** Orders and the dashboard built from them. */
    public static final Set<String> ORDERS_READ = Set.of(OWNER, DISPATCHER, CUSTOMER_SERVICE, FINANCE);
    public static final Set<String> CATALOG_READ = Set.of(OWNER, CATALOG_MANAGER, DISPATCHER, CUSTOMER_SERVICE);
    public static final Set<String> WORKERS_READ = Set.of(OWNER, DISPATCHER);
    /** The alert board and complaints (the platform's alert and complaint APIs). */
    public static final Set<String> ALERTS = Set.of(OWNER, DISPATCHER, CUSTOMER_SERVICE);
    /** The manual-dispatch queue, candidates and dispatch settings (read). */
    public static final Set<String> DISPATCH = Set.of(OWNER, DISPATCHER);
    public static final Set<String> CUSTOMERS = Set.of(OWNER, CUSTOMER_SERVICE, MARKETING);
    public static final Set<String> CHAT = Set.of(OWNER, CUSTOMER_SERVICE);
    /** An order's customer–worker conversation, read only. */
    public static final Set<String> ORDER_CHAT = Set.of(OWNER, CUSTOMER_SERVICE, DISPATCHER);
    /** Settings: dispatch (owner, dispatcher reads) and notification templates (marketing, customer service). */
    public static final Set<String> SETTINGS = Set.of(OWNER, DISPATCHER, MARKETING, CUSTOMER_SERVICE);
    /** Staff accounts of the tenant (Keycloak organization members): the owner only. */
    public static final Set<String> STAFF = Set.of(OWNER);
    /** Branding and mini-program settings: the owner writes, marketing reads and writes too. */
    public static final Set<String> BRANDING = Set.of(OWNER, MARKETING);
    public static final Set<String> TEMPLATES_READ = Set.of(OWNER, MARKETING, CUSTOMER_SERVICE);

    private AdminRoles() {
    }
}
