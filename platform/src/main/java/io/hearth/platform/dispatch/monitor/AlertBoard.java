package io.hearth.platform.dispatch.monitor;

import io.hearth.platform.shared.web.TimeIdCursor;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;

/** Reads of the dispatch board for the current tenant: filtered keyset pages and counts by state. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AlertBoard {

    @Inject
    AlertViews views;

    @Inject
    Clock clock;

    public MonitorDto.Page<MonitorDto.Alert> list(String state, String kind, String after, int limit) {
        return views.page(parse(AlertState.class, "state", state), parse(AlertKind.class, "kind", kind),
                TimeIdCursor.decode(after, "monitor-cursor-invalid"), limit, clock.instant());
    }

    public MonitorDto.Summary summary() {
        return views.summary();
    }

    /** Null for null or blank; 400 {@code monitor-filter-invalid} naming the parameter otherwise. */
    static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "monitor-filter-invalid", name, value);
        }
    }
}
