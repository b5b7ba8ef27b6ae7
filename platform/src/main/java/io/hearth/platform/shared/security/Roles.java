package io.hearth.platform.shared.security;

/** Keycloak realm roles (DESIGN.md §3). Customer and worker kinds come from platform-issued tokens. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String PLATFORM_FINANCE = "platform-finance";

    public static final String OWNER = "owner";
    public static final String DISPATCHER = "dispatcher";
    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String FINANCE = "finance";
    public static final String CATALOG_MANAGER = "catalog-manager";
    public static final String MARKETING = "marketing";

    private Roles() {
    }
}
