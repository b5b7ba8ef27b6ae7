package io.hearth.platform.shared.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TenantScopeInterceptor {

    @Inject
    CallerTenant callerTenant;

    @AroundInvoke
    Object withCallerTenant(InvocationContext ic) throws Exception {
        TenantRef tenant = callerTenant.resolve();
        return TenantContext.proceed(tenant.id(), ic::proceed);
    }
}
