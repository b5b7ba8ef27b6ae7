package io.hearth.platform.worker;

import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's worker levels. A level still given to workers cannot be deleted. */
@ApplicationScoped
@Transactional
public class WorkerLevels {

    @Inject
    WorkerLevelRepository levels;

    @Inject
    WorkerRepository workers;

    public List<WorkerDto.Level> list() {
        return levels.ordered().stream().map(WorkerDto.Level::of).toList();
    }

    public WorkerDto.Level get(UUID id) {
        return WorkerDto.Level.of(levels.require(id));
    }

    /** The level code of a worker of the current tenant (pricing's worker-level surcharge); empty without a level. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> codeOf(UUID workerId) {
        UUID levelId = workers.require(workerId).levelId;
        return levelId == null ? Optional.empty() : levels.byId(levelId).map(l -> l.code);
    }

    public WorkerDto.Level create(WorkerDto.LevelInput in) {
        requireFreeCode(in.code(), null);
        WorkerLevel l = new WorkerLevel();
        l.id = UUID.randomUUID();
        l.createdAt = Instant.now();
        fill(l, in);
        levels.persist(l);
        return WorkerDto.Level.of(l);
    }

    public WorkerDto.Level update(UUID id, WorkerDto.LevelInput in) {
        WorkerLevel l = levels.require(id);
        requireFreeCode(in.code(), id);
        fill(l, in);
        return WorkerDto.Level.of(l);
    }

    public void delete(UUID id) {
        WorkerLevel l = levels.require(id);
        long given = workers.count("levelId", id);
        if (given > 0) {
            throw ApiException.conflict("worker-level-in-use", l.code, given);
        }
        levels.delete(l);
    }

    private void requireFreeCode(String code, UUID self) {
        levels.byCode(code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("worker-level-code-taken", code);
        });
    }

    private static void fill(WorkerLevel l, WorkerDto.LevelInput in) {
        l.code = in.code();
        l.name = in.name().strip();
        l.sortOrder = in.sortOrder();
        l.updatedAt = Instant.now();
    }
}
