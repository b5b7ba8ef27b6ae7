package io.hearth.portal.web;

/** The tenant staff roles of Keycloak (the platform's {@code shared.security.Roles}), for menus and page checks. */
public final class PortalRoles {

    public static final String OWNER = "owner";
    public static final String DISPATCHER = "dispatcher";
    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String FINANCE = "finance";
    public static final String CATALOG_MANAGER = "catalog-manager";
    public static final String MARKETING = "marketing";

    private PortalRoles() {
    }
}
