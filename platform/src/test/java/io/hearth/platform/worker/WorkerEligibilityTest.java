package io.hearth.platform.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkerEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final WorkerEligibility rules = WorkerEligibility.standard();

    private static WorkerEligibility.Certificate health(CertificateAudit state, LocalDate expiresOn) {
        return new WorkerEligibility.Certificate(CertificateType.HEALTH, state, expiresOn);
    }

    @Test
    void anApprovedWorkerWithAValidHealthCertificateMayTakeOrders() {
        assertTrue(rules.on(TODAY, AuditStatus.APPROVED, List.of(health(CertificateAudit.APPROVED, TODAY.plusDays(1)))).eligible());
        assertTrue(rules.on(TODAY, AuditStatus.APPROVED, List.of(health(CertificateAudit.APPROVED, null))).eligible());
    }

    @Test
    void aCertificateCountsThroughItsLastDay() {
        assertTrue(rules.on(TODAY, AuditStatus.APPROVED, List.of(health(CertificateAudit.APPROVED, TODAY))).eligible());
        var verdict = rules.on(TODAY.plusDays(1), AuditStatus.APPROVED, List.of(health(CertificateAudit.APPROVED, TODAY)));
        assertFalse(verdict.eligible());
        assertEquals(Set.of(CertificateType.HEALTH), verdict.missing());
    }

    @Test
    void missingPendingOrRejectedCertificatesDoNotCount() {
        assertFalse(rules.on(TODAY, AuditStatus.APPROVED, List.of()).eligible());
        assertFalse(rules.on(TODAY, AuditStatus.APPROVED, List.of(health(CertificateAudit.PENDING, null))).eligible());
        assertFalse(rules.on(TODAY, AuditStatus.APPROVED, List.of(health(CertificateAudit.REJECTED, null))).eligible());
        assertFalse(rules.on(TODAY, AuditStatus.APPROVED, List.of(new WorkerEligibility.Certificate(
                CertificateType.DOMESTIC_SERVICE, CertificateAudit.APPROVED, null))).eligible());
    }

    @Test
    void onlyApprovedWorkersMayTakeOrders() {
        var valid = List.of(health(CertificateAudit.APPROVED, null));
        for (AuditStatus s : List.of(AuditStatus.REGISTERING, AuditStatus.PENDING, AuditStatus.REJECTED, AuditStatus.SUSPENDED)) {
            var verdict = rules.on(TODAY, s, valid);
            assertFalse(verdict.eligible(), s.name());
            assertEquals(List.of("audit status " + s), verdict.reasons());
        }
    }

    @Test
    void theDateIsTheTenantsDate() {
        // 2025-06-30T17:00Z is already July 1st in Shanghai, still June 30th in London.
        Instant now = Instant.parse("2025-06-30T17:00:00Z");
        var certs = List.of(health(CertificateAudit.APPROVED, TODAY));
        assertFalse(rules.at(now, ZoneId.of("Asia/Shanghai"), AuditStatus.APPROVED, certs).eligible());
        assertTrue(rules.at(now, ZoneId.of("Europe/London"), AuditStatus.APPROVED, certs).eligible());
    }

    @Test
    void everyRequiredTypeIsChecked() {
        var strict = new WorkerEligibility(Set.of(CertificateType.HEALTH, CertificateType.NANNY));
        var verdict = strict.on(TODAY, AuditStatus.APPROVED, List.of(health(CertificateAudit.APPROVED, null)));
        assertEquals(Set.of(CertificateType.NANNY), verdict.missing());
    }

    @Test
    void auditTransitions() {
        assertTrue(AuditStatus.REGISTERING.canBecome(AuditStatus.PENDING));
        assertTrue(AuditStatus.PENDING.canBecome(AuditStatus.REJECTED));
        assertTrue(AuditStatus.SUSPENDED.canBecome(AuditStatus.APPROVED));
        assertFalse(AuditStatus.REJECTED.canBecome(AuditStatus.APPROVED));
        assertFalse(AuditStatus.PENDING.canBecome(AuditStatus.SUSPENDED));
        assertFalse(AuditStatus.REGISTERING.canBecome(AuditStatus.APPROVED));
    }
}
