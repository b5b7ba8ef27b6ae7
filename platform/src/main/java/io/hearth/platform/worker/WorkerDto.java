package io.hearth.platform.worker;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public final class WorkerDto {

    private WorkerDto() {
    }

    /**
     * The worker's own profile. The first submission needs {@code idNumber}; later ones may leave it
     * out to keep the stored one. The birth year is checked against today (age 16 to 80).
     */
    public record ProfileInput(
            @NotBlank @Size(max = 40) String displayName,
            @NotNull Gender gender,
            @NotNull @Min(1900) Integer birthYear,
            UUID photoFileId,
            @NotNull @Min(0) @Max(80) Integer experienceYears,
            @Size(max = 1000) String introduction,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double homeLat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double homeLng,
            @NotNull @Min(1) @Max(200) Integer serviceRadiusKm,
            @Pattern(regexp = "[0-9A-Za-z]{6,20}") String idNumber,
            @NotNull @Size(max = 50) List<@NotNull UUID> skillIds) {
    }

    public record Rating(double attitude, double efficiency, double quality, double punctuality, int count) {

        static Rating of(Worker w) {
            return new Rating(w.ratingAttitudeX100 / 100.0, w.ratingEfficiencyX100 / 100.0, w.ratingQualityX100 / 100.0,
                    w.ratingPunctualityX100 / 100.0, w.ratingCount);
        }
    }

    /** What the worker sees of themself: everything, ID number and phone masked. */
    public record OwnProfile(UUID id, String phone, AuditStatus auditStatus, WorkStatus workStatus, String displayName,
            Gender gender, Integer birthYear, UUID photoFileId, Integer experienceYears, String introduction,
            Double homeLat, Double homeLng, Integer serviceRadiusKm, String idNumber, Level level, List<UUID> skillIds,
            Rating rating, int ordersServed) {
    }

    public record StatusInput(@NotNull WorkStatus status) {
    }

    public record Eligibility(boolean eligible, List<String> reasons, Set<CertificateType> missingCertificates) {

        static Eligibility of(WorkerEligibility.Verdict v) {
            return new Eligibility(v.eligible(), v.reasons(), v.missing());
        }
    }

    public record Decision(String decision, UUID certificateId, String reason, String decidedBy, Instant decidedAt) {

        static Decision of(WorkerAuditDecision d) {
            return new Decision(d.decision, d.certificateId, d.reason,
                    d.decidedByName != null ? d.decidedByName : d.decidedBy, d.decidedAt);
        }
    }

    public record AuditView(AuditStatus auditStatus, WorkStatus workStatus, Eligibility eligibility,
            List<Decision> history) {
    }

    public record ReasonInput(@NotBlank @Size(max = 500) String reason) {
    }

    public record NoteInput(@Size(max = 500) String reason) {
    }

    public record CertificateDecisionInput(@NotNull CertificateAudit decision, @Size(max = 500) String reason) {
    }

    public record CertificateInput(
            @NotNull CertificateType type,
            @NotBlank @Size(max = 60) String number,
            @Size(max = 10) List<@NotNull UUID> fileIds,
            @NotNull LocalDate issuedOn,
            LocalDate expiresOn) {
    }

    public record Certificate(UUID id, CertificateType type, String number, List<UUID> fileIds, LocalDate issuedOn,
            LocalDate expiresOn, CertificateAudit auditState, Instant updatedAt) {

        static Certificate of(WorkerCertificate c) {
            return new Certificate(c.id, c.type, c.number, List.copyOf(c.fileIds), c.issuedOn, c.expiresOn,
                    c.auditState, c.updatedAt);
        }
    }

    public record LevelInput(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,29}") String code,
            @NotBlank @Size(max = 60) String name,
            @Min(0) @Max(10_000) int sortOrder) {
    }

    public record Level(UUID id, String code, String name, int sortOrder) {

        static Level of(WorkerLevel l) {
            return l == null ? null : new Level(l.id, l.code, l.name, l.sortOrder);
        }
    }

    /** {@code levelId} null clears the level. */
    public record LevelChange(UUID levelId) {
    }

    /** Times in the tenant's time zone; an end of 00:00 is midnight at the end of the day. */
    public record WindowInput(@NotNull @Min(1) @Max(7) Integer weekday, @NotNull LocalTime start,
            @NotNull LocalTime end) {
    }

    public record Week(@NotNull @Size(max = 70) List<@NotNull @Valid WindowInput> windows) {
    }

    public record Window(int weekday, LocalTime start, LocalTime end) {
    }

    public record ExceptionInput(@NotNull LocalDate date, @NotNull ExceptionKind kind, LocalTime start,
            LocalTime end) {
    }

    public record ExceptionView(UUID id, LocalDate date, ExceptionKind kind, LocalTime start, LocalTime end) {
    }

    /** A row of the staff list: nothing that needs decrypting. */
    public record Summary(UUID id, String displayName, Gender gender, String phone, String idNumber,
            AuditStatus auditStatus, WorkStatus workStatus, Level level, Integer experienceYears, Instant submittedAt,
            Instant createdAt) {
    }

    /** What staff see of one worker. */
    public record Detail(Summary summary, Integer birthYear, UUID photoFileId, String introduction, Double homeLat,
            Double homeLng, Integer serviceRadiusKm, List<UUID> skillIds, List<Certificate> certificates,
            Eligibility eligibility, Rating rating, int ordersServed) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** What a customer may see: no phone, ID number or home location. */
    public record PublicProfile(UUID id, UUID photoFileId, String name, Integer age, Gender gender,
            Integer experienceYears, List<UUID> skillIds, Rating rating, int ordersServed) {
    }
}
