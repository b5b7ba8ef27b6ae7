package io.hearth.platform.tenant;

/** What kind of business a tenant is (DESIGN.md §2). */
public enum TenantType {
    COMPANY,
    CITY_OPERATOR
}
