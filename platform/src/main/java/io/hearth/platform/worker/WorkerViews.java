package io.hearth.platform.worker;

import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.crypto.Masking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/** Entities to responses, with personal data masked as each audience needs. */
@ApplicationScoped
public class WorkerViews {

    @Inject
    FieldCipher cipher;

    @Inject
    WorkerLevelRepository levels;

    @Inject
    WorkerSkillRepository skills;

    public WorkerDto.OwnProfile own(Worker w) {
        return new WorkerDto.OwnProfile(w.id, Masking.phone(cipher.decrypt(w.phoneEnc)), w.auditStatus, w.workStatus,
                w.displayName, w.gender, w.birthYear, w.photoFileId, w.experienceYears, w.introduction, w.homeLat,
                w.homeLng, w.serviceRadiusKm, Masking.idNumber(cipher.decrypt(w.idNumberEnc)), level(w),
                skills.ofWorker(w.id), WorkerDto.Rating.of(w), w.ordersServed);
    }

    /** For lists: masks from the stored last four characters, decrypts nothing. */
    public WorkerDto.Summary summary(Worker w, Map<UUID, WorkerLevel> levelsById) {
        return new WorkerDto.Summary(w.id, w.displayName, w.gender, Masking.phoneFromLast4(w.phoneLast4),
                w.idNumberLast4 == null ? null : Masking.idNumberFromLast4(w.idNumberLast4), w.auditStatus,
                w.workStatus, WorkerDto.Level.of(w.levelId == null ? null : levelsById.get(w.levelId)),
                w.experienceYears, w.submittedAt, w.createdAt);
    }

    public WorkerDto.Level level(Worker w) {
        return w.levelId == null ? null : WorkerDto.Level.of(levels.require(w.levelId));
    }
}
