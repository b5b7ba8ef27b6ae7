package io.hearth.platform.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A worker of one tenant: the sign-in account (phone) and, once submitted, the profile under audit.
 * Accounts start {@link AuditStatus#REGISTERING} with no profile (V5__workforce.sql). The ID number
 * is stored encrypted with a blind index; rating columns are averages x 100 kept by reviews.
 */
@Entity
@Table(name = "worker")
public class Worker {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "phone_enc", nullable = false)
    public String phoneEnc;

    @Column(name = "phone_hash", nullable = false)
    public String phoneHash;

    @Column(name = "phone_last4", nullable = false)
    public String phoneLast4;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_status", nullable = false)
    public AuditStatus auditStatus = AuditStatus.REGISTERING;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_status", nullable = false)
    public WorkStatus workStatus = WorkStatus.OFFLINE;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "birth_year")
    public Integer birthYear;

    @Column(name = "photo_file_id")
    public UUID photoFileId;

    @Column(name = "experience_years")
    public Integer experienceYears;

    public String introduction;

    @Column(name = "home_lat")
    public Double homeLat;

    @Column(name = "home_lng")
    public Double homeLng;

    @Column(name = "service_radius_km")
    public Integer serviceRadiusKm;

    @Column(name = "id_number_enc")
    public String idNumberEnc;

    @Column(name = "id_number_hash")
    public String idNumberHash;

    @Column(name = "id_number_last4")
    public String idNumberLast4;

    @Column(name = "level_id")
    public UUID levelId;

    @Column(name = "rating_attitude_x100", nullable = false)
    public int ratingAttitudeX100;

    @Column(name = "rating_efficiency_x100", nullable = false)
    public int ratingEfficiencyX100;

    @Column(name = "rating_quality_x100", nullable = false)
    public int ratingQualityX100;

    @Column(name = "rating_punctuality_x100", nullable = false)
    public int ratingPunctualityX100;

    @Column(name = "rating_count", nullable = false)
    public int ratingCount;

    @Column(name = "orders_served", nullable = false)
    public int ordersServed;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
