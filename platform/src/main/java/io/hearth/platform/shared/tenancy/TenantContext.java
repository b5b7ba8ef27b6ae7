package io.hearth.platform.shared.tenancy;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The tenant the current unit of work acts for. Requests get it from the verified token
 * ({@link TenantScopeInterceptor}); jobs and message consumers set it from the event with
 * {@link #run} / {@link #call}, which restore the previous value. It feeds Hibernate's
 * discriminator ({@link HibernateTenantResolver}).
 * <p>
 * Held per thread: blocking code only. Hibernate binds a session to the tenant current when the
 * session opens, so switch tenants between transactions, never inside one.
 */
public final class TenantContext {

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<UUID> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant; a missing one is a programming error, never a default. */
    public static UUID require() {
        UUID id = CURRENT.get();
        if (id == null) {
            throw new IllegalStateException("No tenant in context: tenant work must run inside TenantContext.run/call");
        }
        return id;
    }

    public static void run(UUID tenantId, Runnable work) {
        call(tenantId, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(UUID tenantId, Callable<T> work) {
        if (tenantId == null) {
            throw new IllegalArgumentException("tenantId");
        }
        UUID previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Like {@link #call} for work that throws checked exceptions to its caller (interceptors). */
    public static Object proceed(UUID tenantId, Callable<Object> work) throws Exception {
        UUID previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
