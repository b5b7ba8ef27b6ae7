package io.hearth.platform.worker;

import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The signed-in worker's certificates. A changed certificate goes back to PENDING audit. */
@ApplicationScoped
@Transactional
public class WorkerCertificates {

    static final int MAX_CERTIFICATES = 20;

    @Inject
    WorkerRepository workers;

    @Inject
    WorkerCertificateRepository certificates;

    @Inject
    WorkerEligibilityCheck eligibility;

    public List<WorkerDto.Certificate> list(UUID me) {
        return certificates.ofWorker(me).stream().map(WorkerDto.Certificate::of).toList();
    }

    public WorkerDto.Certificate get(UUID me, UUID id) {
        return WorkerDto.Certificate.of(certificates.requireOf(me, id));
    }

    public WorkerDto.Certificate add(UUID me, WorkerDto.CertificateInput in) {
        workers.requireLocked(me);
        checkDates(in);
        if (certificates.count("workerId", me) >= MAX_CERTIFICATES) {
            throw new ApiException(422, "worker-certificate-limit", MAX_CERTIFICATES);
        }
        WorkerCertificate c = new WorkerCertificate();
        c.id = UUID.randomUUID();
        c.workerId = me;
        c.createdAt = Instant.now();
        fill(c, in);
        certificates.persist(c);
        return WorkerDto.Certificate.of(c);
    }

    public WorkerDto.Certificate update(UUID me, UUID id, WorkerDto.CertificateInput in) {
        WorkerCertificate c = certificates.requireOf(me, id);
        checkDates(in);
        boolean changed = c.type != in.type() || !c.number.equals(in.number().strip())
                || !c.fileIds.equals(files(in)) || !c.issuedOn.equals(in.issuedOn())
                || !Objects.equals(c.expiresOn, in.expiresOn());
        if (changed) {
            fill(c, in);
            c.auditState = CertificateAudit.PENDING;
        }
        return WorkerDto.Certificate.of(c);
    }

    public void delete(UUID me, UUID id) {
        certificates.delete(certificates.requireOf(me, id));
    }

    private void checkDates(WorkerDto.CertificateInput in) {
        if (in.issuedOn().isAfter(eligibility.today())) {
            throw new ApiException(422, "worker-certificate-issued-future", in.issuedOn());
        }
        if (in.expiresOn() != null && in.expiresOn().isBefore(in.issuedOn())) {
            throw new ApiException(422, "worker-certificate-expires-before-issued", in.expiresOn(), in.issuedOn());
        }
    }

    private static List<UUID> files(WorkerDto.CertificateInput in) {
        return in.fileIds() == null ? new ArrayList<>() : new ArrayList<>(in.fileIds().stream().distinct().toList());
    }

    private static void fill(WorkerCertificate c, WorkerDto.CertificateInput in) {
        c.type = in.type();
        c.number = in.number().strip();
        c.fileIds = files(in);
        c.issuedOn = in.issuedOn();
        c.expiresOn = in.expiresOn();
        c.updatedAt = Instant.now();
    }
}
