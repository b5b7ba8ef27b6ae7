package io.hearth.platform.worker;

import io.hearth.platform.shared.web.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WorkerCertificateRepository implements PanacheRepositoryBase<WorkerCertificate, UUID> {

    public List<WorkerCertificate> ofWorker(UUID workerId) {
        return find("workerId", Sort.by("type").and("issuedOn"), workerId).list();
    }

    public WorkerCertificate requireOf(UUID workerId, UUID id) {
        return find("id = ?1 and workerId = ?2", id, workerId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Certificate", id));
    }

    public List<WorkerEligibility.Certificate> factsOf(UUID workerId) {
        return ofWorker(workerId).stream()
                .map(c -> new WorkerEligibility.Certificate(c.type, c.auditState, c.expiresOn)).toList();
    }
}
