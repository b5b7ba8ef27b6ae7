package io.hearth.platform.shared.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks resources that act for the caller's tenant (/api/tenant, /api/operator, signed-in
 * /api/app and /api/worker calls): the tenant is taken from the verified token, must be ACTIVE,
 * and is in {@link TenantContext} while the method runs.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantScoped {
}
