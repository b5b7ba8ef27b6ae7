package io.hearth.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The platform's worker DTOs ({@code /api/tenant/workers}, {@code /api/tenant/worker-levels}). */
public final class WorkerApi {

    private WorkerApi() {
    }

    public static final List<String> AUDIT_STATUSES = List.of("REGISTERING", "PENDING", "APPROVED", "REJECTED", "SUSPENDED");

    public record Level(String id, String code, String name, int sortOrder) {
    }

    public record LevelInput(String code, String name, int sortOrder) {
    }

    public record LevelChange(String levelId) {
    }

    public record Summary(String id, String displayName, String gender, String phone, String idNumber,
            String auditStatus, String workStatus, Level level, Integer experienceYears, Instant submittedAt,
            Instant createdAt) {
    }

    public record Certificate(String id, String type, String number, List<String> fileIds, LocalDate issuedOn,
            LocalDate expiresOn, String auditState, Instant updatedAt) {
    }

    public record Eligibility(boolean eligible, List<String> reasons, Set<String> missingCertificates) {
    }

    public record Rating(double attitude, double efficiency, double quality, double punctuality, int count) {
    }

    public record Detail(Summary summary, Integer birthYear, String photoFileId, String introduction, Double homeLat,
            Double homeLng, Integer serviceRadiusKm, List<String> skillIds, List<Certificate> certificates,
            Eligibility eligibility, Rating rating, int ordersServed) {
    }

    public record Decision(String decision, String certificateId, String reason, String decidedBy, Instant decidedAt) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record NoteInput(String reason) {
    }

    public record ReasonInput(String reason) {
    }
}
