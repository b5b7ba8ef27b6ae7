package io.hearth.platform.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a worker may take orders on a date: approved (so neither pending, rejected nor suspended)
 * and holding, for every required certificate type, an approved certificate not expired on that date.
 * "Today" is the tenant's date, so a certificate expiring on the 31st still counts until midnight in
 * the tenant's time zone. Pure: dispatch and the work-status switch both ask it.
 */
public final class WorkerEligibility {

    /** Every tenant requires a health certificate (健康证) for now; per-tenant lists come later. */
    public static final Set<CertificateType> REQUIRED_FOR_EVERY_WORKER = EnumSet.of(CertificateType.HEALTH);

    /** What the check needs of a certificate. */
    public record Certificate(CertificateType type, CertificateAudit auditState, LocalDate expiresOn) {

        boolean validOn(LocalDate date) {
            return auditState == CertificateAudit.APPROVED && (expiresOn == null || !expiresOn.isBefore(date));
        }
    }

    /** {@code missing}: required types without a valid certificate on the date. */
    public record Verdict(boolean eligible, AuditStatus auditStatus, Set<CertificateType> missing) {

        public List<String> reasons() {
            List<String> reasons = new ArrayList<>();
            if (auditStatus != AuditStatus.APPROVED) {
                reasons.add("audit status " + auditStatus);
            }
            missing.forEach(t -> reasons.add("no valid " + t + " certificate"));
            return reasons;
        }
    }

    private final Set<CertificateType> required;

    public WorkerEligibility(Set<CertificateType> required) {
        this.required = required.isEmpty() ? EnumSet.noneOf(CertificateType.class) : EnumSet.copyOf(required);
    }

    public static WorkerEligibility standard() {
        return new WorkerEligibility(REQUIRED_FOR_EVERY_WORKER);
    }

    public Verdict on(LocalDate date, AuditStatus status, Collection<Certificate> certificates) {
        Set<CertificateType> missing = EnumSet.noneOf(CertificateType.class);
        for (CertificateType type : required) {
            if (certificates.stream().noneMatch(c -> c.type() == type && c.validOn(date))) {
                missing.add(type);
            }
        }
        return new Verdict(status == AuditStatus.APPROVED && missing.isEmpty(), status, missing);
    }

    public Verdict at(Instant now, ZoneId tenantZone, AuditStatus status, Collection<Certificate> certificates) {
        return on(LocalDate.ofInstant(now, tenantZone), status, certificates);
    }
}
