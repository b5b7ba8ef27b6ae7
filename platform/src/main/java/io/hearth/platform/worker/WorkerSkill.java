package io.hearth.platform.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A service item a worker can do (the catalog's id; checked through {@link SkillCatalog}). */
@Entity
@Table(name = "worker_skill")
@IdClass(WorkerSkill.Key.class)
public class WorkerSkill {

    public record Key(UUID workerId, UUID serviceItemId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    @Column(name = "worker_id")
    public UUID workerId;

    @Id
    @Column(name = "service_item_id")
    public UUID serviceItemId;

    public static WorkerSkill of(UUID workerId, UUID serviceItemId) {
        WorkerSkill s = new WorkerSkill();
        s.workerId = workerId;
        s.serviceItemId = serviceItemId;
        return s;
    }
}
