package io.hearth.platform.worker;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff reads of the tenant's workers: filtered pages and details. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkerDirectory {

    /** List filters; null = any. {@code q} matches the display name, case-insensitive. */
    public record Filter(AuditStatus auditStatus, WorkStatus workStatus, UUID levelId, UUID skillId, String q) {
    }

    @Inject
    WorkerRepository workers;

    @Inject
    WorkerLevelRepository levels;

    @Inject
    WorkerSkillRepository skills;

    @Inject
    WorkerCertificateRepository certificates;

    @Inject
    WorkerEligibilityCheck eligibility;

    @Inject
    WorkerViews views;

    public WorkerDto.Page<WorkerDto.Summary> list(Filter f, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (f.auditStatus() != null) {
            where.add("auditStatus = :auditStatus");
            p.and("auditStatus", f.auditStatus());
        }
        if (f.workStatus() != null) {
            where.add("workStatus = :workStatus");
            p.and("workStatus", f.workStatus());
        }
        if (f.levelId() != null) {
            where.add("levelId = :levelId");
            p.and("levelId", f.levelId());
        }
        if (f.skillId() != null) {
            where.add("id in (select s.workerId from WorkerSkill s where s.serviceItemId = :skillId)");
            p.and("skillId", f.skillId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.add("lower(displayName) like :q escape '\\'");
            p.and("q", "%" + f.q().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        Sort sort = Sort.descending("createdAt").and("id");
        var query = where.isEmpty() ? workers.findAll(sort) : workers.find(String.join(" and ", where), sort, p);
        Map<UUID, WorkerLevel> levelsById = levels.ordered().stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
        List<WorkerDto.Summary> items = query.page(page, size).list().stream()
                .map(w -> views.summary(w, levelsById)).toList();
        return new WorkerDto.Page<>(items, page, size, query.count());
    }

    public WorkerDto.Detail detail(UUID id) {
        Worker w = workers.require(id);
        Map<UUID, WorkerLevel> level = w.levelId == null ? Map.of() : Map.of(w.levelId, levels.require(w.levelId));
        return new WorkerDto.Detail(views.summary(w, level), w.birthYear, w.photoFileId, w.introduction, w.homeLat,
                w.homeLng, w.serviceRadiusKm, skills.ofWorker(id),
                certificates.ofWorker(id).stream().map(WorkerDto.Certificate::of).toList(),
                WorkerDto.Eligibility.of(eligibility.of(w)), WorkerDto.Rating.of(w), w.ordersServed);
    }
}
