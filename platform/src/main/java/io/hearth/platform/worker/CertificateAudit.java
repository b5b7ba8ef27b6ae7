package io.hearth.platform.worker;

/** The audit state of one certificate. */
public enum CertificateAudit {
    PENDING, APPROVED, REJECTED
}
