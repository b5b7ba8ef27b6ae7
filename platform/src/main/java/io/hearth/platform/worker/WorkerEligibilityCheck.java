package io.hearth.platform.worker;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.tenancy.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;

/** {@link WorkerEligibility} for a stored worker, on today's date in the current tenant's time zone. */
@ApplicationScoped
public class WorkerEligibilityCheck {

    private final WorkerEligibility rules = WorkerEligibility.standard();

    @Inject
    TenantLookup tenants;

    @Inject
    WorkerCertificateRepository certificates;

    public LocalDate today() {
        ZoneId zone = tenants.byId(TenantContext.require()).map(TenantRef::timeZone).map(ZoneId::of)
                .orElseThrow(() -> new IllegalStateException("Current tenant not found"));
        return LocalDate.now(zone);
    }

    public WorkerEligibility.Verdict of(Worker w) {
        return rules.on(today(), w.auditStatus, certificates.factsOf(w.id));
    }
}
