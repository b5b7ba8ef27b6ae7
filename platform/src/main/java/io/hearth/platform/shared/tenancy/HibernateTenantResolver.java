package io.hearth.platform.shared.tenancy;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Feeds Hibernate's tenant discriminator. Without a tenant in context it answers the nil UUID,
 * which matches no row and references no tenant: forgotten scoping reads nothing and writes
 * nothing, instead of reading everything.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class HibernateTenantResolver implements TenantResolver {

    public static final String NO_TENANT = "00000000-0000-0000-0000-000000000000";

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return TenantContext.current().map(Object::toString).orElse(NO_TENANT);
    }
}
