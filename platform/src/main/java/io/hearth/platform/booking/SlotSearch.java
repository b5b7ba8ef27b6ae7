package io.hearth.platform.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.hearth.platform.booking.Bookables.Bookable;
import io.hearth.platform.booking.SlotFinder.Booked;
import io.hearth.platform.booking.SlotFinder.Candidate;
import io.hearth.platform.booking.SlotFinder.DatedException;
import io.hearth.platform.booking.SlotFinder.Slot;
import io.hearth.platform.booking.SlotFinder.Window;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.worker.AuditStatus;
import io.hearth.platform.worker.CertificateAudit;
import io.hearth.platform.worker.CertificateType;
import io.hearth.platform.worker.WorkerEligibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slot search for a tenant's customers: loads what {@link SlotFinder} needs in a fixed number of queries,
 * whatever the number of workers (the item, or the package and its items ({@link Bookables}), settings, candidates
 * with every needed skill, then windows, exceptions, certificates and bookings each with
 * {@code worker_id = any(...)}), and asks it.
 */
@ApplicationScoped
public class SlotSearch {

    /** The longest date range one search may cover, in days (both ends included). */
    public static final int MAX_RANGE_DAYS = 14;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "hearth.booking.travel-buffer-minutes", defaultValue = "30")
    int travelBufferMinutes;

    Clock clock = Clock.systemUTC();

    /** Exactly one of {@code itemId} and {@code packageId}. */
    public record Query(UUID itemId, UUID packageId, int quantity, double lat, double lng, LocalDate from, LocalDate to,
            UUID workerId) {
    }

    public record SlotView(String start, int freeWorkers) {
    }

    public record Answer(String zone, int durationMinutes, UUID workerId, List<SlotView> slots) {
    }

    public Answer search(TenantRef tenant, Query q) {
        if (q.to().isBefore(q.from())) {
            throw ApiException.unprocessable("slot-range-reversed", q.from(), q.to());
        }
        if (q.from().plusDays(MAX_RANGE_DAYS - 1).isBefore(q.to())) {
            throw ApiException.unprocessable("slot-range-too-long", MAX_RANGE_DAYS);
        }
        ZoneId zone = ZoneId.of(tenant.timeZone());
        try (Connection c = dataSource.getConnection()) {
            Bookable b = Bookables.resolve(c, tenant.id(), q.itemId(), q.packageId(), q.quantity());
            List<SlotView> slots = find(c, tenant.id(), zone, b, q.lat(), q.lng(), q.from(), q.to(), q.workerId(), null)
                    .stream().map(s -> new SlotView(s.start().toString(), s.freeCount())).toList();
            return new Answer(zone.getId(), b.durationMinutes(), q.workerId(), slots);
        } catch (SQLException e) {
            throw new IllegalStateException("Slot search failed", e);
        }
    }

    /**
     * The same search for one start (a quote): the workers free for {@code b} from {@code start} at the address — only
     * the chosen worker, when given. 422 {@code slot-off-grid} when the start is not on the tenant's grid, 404 when the
     * chosen worker is not an approved worker of the tenant, 409 {@code slot-unavailable} when nobody is free then
     * (taken, too soon, too far ahead, or outside availability).
     */
    public Set<UUID> requireFree(TenantRef tenant, Bookable b, double lat, double lng, Instant start, UUID workerId) {
        return requireFree(tenant, b, lat, lng, start, workerId, null);
    }

    /**
     * {@link #requireFree} with the tenant's booking horizon (max days ahead) replaced by {@code horizonDays} when
     * not null: a recurring series books occurrences further ahead than a single booking may.
     */
    public Set<UUID> requireFree(TenantRef tenant, Bookable b, double lat, double lng, Instant start, UUID workerId,
            Integer horizonDays) {
        ZoneId zone = ZoneId.of(tenant.timeZone());
        ZonedDateTime wall = start.atZone(zone);
        try (Connection c = dataSource.getConnection()) {
            int grid = settings(c, tenant.id()).slotGridMinutes();
            int minuteOfDay = wall.getHour() * 60 + wall.getMinute();
            if (wall.getSecond() != 0 || wall.getNano() != 0 || minuteOfDay % grid != 0) {
                throw ApiException.unprocessable("slot-off-grid", wall.toOffsetDateTime(), grid);
            }
            LocalDate day = wall.toLocalDate();
            return find(c, tenant.id(), zone, b, lat, lng, day, day, workerId, horizonDays).stream()
                    .filter(s -> s.start().toInstant().equals(start)).findFirst().map(Slot::freeWorkers)
                    .orElseThrow(() -> ApiException.conflict("slot-unavailable", wall.toOffsetDateTime()));
        } catch (SQLException e) {
            throw new IllegalStateException("Slot search failed", e);
        }
    }

    private List<Slot> find(Connection c, UUID t, ZoneId zone, Bookable b, double lat, double lng, LocalDate from,
            LocalDate to, UUID workerId, Integer horizonDays) throws SQLException {
        TenantSettings settings = settings(c, t);
        if (workerId != null && !approvedWorkerExists(c, t, workerId)) {
            throw ApiException.notFound("Worker", workerId);
        }
        List<UUID> ids = candidates(c, t, b.skillItemIds(), lat, lng, workerId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Array idArray = c.createArrayOf("uuid", ids.toArray());
        LocalDate first = from.minusDays(1);
        LocalDate last = to.plusDays(1);
        Map<UUID, List<Window>> windows = windows(c, t, idArray);
        Map<UUID, List<DatedException>> exceptions = exceptions(c, t, idArray, first, last);
        Map<UUID, List<WorkerEligibility.Certificate>> certificates = certificates(c, t, idArray);
        Map<UUID, List<Booked>> bookings = bookings(c, t, idArray,
                first.minusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                last.plusDays(2).atStartOfDay(zone).toOffsetDateTime());
        WorkerEligibility rules = WorkerEligibility.standard();
        List<Candidate> candidates = new ArrayList<>();
        for (UUID id : ids) {
            List<WorkerEligibility.Certificate> certs = certificates.getOrDefault(id, List.of());
            candidates.add(new Candidate(id, windows.getOrDefault(id, List.of()),
                    exceptions.getOrDefault(id, List.of()), bookings.getOrDefault(id, List.of()),
                    d -> rules.on(d, AuditStatus.APPROVED, certs).eligible()));
        }
        SlotFinder.Rules slotRules = new SlotFinder.Rules(zone, settings.slotGridMinutes(),
                settings.minNoticeMinutes(), horizonDays != null ? horizonDays : settings.maxDaysAhead(),
                travelBufferMinutes);
        return SlotFinder.find(slotRules, from, to, b.durationMinutes(), clock.instant(), candidates);
    }

    private TenantSettings settings(Connection c, UUID tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select settings::text from tenant where id = ?")) {
            ps.setObject(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return TenantSettings.defaults();
                }
                return mapper.readValue(rs.getString(1), TenantSettings.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Unreadable tenant settings", e);
            }
        }
    }

    private static boolean approvedWorkerExists(Connection c, UUID tenant, UUID workerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select 1 from worker where tenant_id = ? and id = ? and audit_status = 'APPROVED'")) {
            ps.setObject(1, tenant);
            ps.setObject(2, workerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Approved workers with every skill the bookable needs (all items of a package) whose home is within their service
     * radius of the address (haversine, km).
     */
    private static List<UUID> candidates(Connection c, UUID tenant, List<UUID> skills, double lat, double lng,
            UUID workerId) throws SQLException {
        String sql = "select w.id from worker w"
                + " where w.tenant_id = ? and w.audit_status = 'APPROVED'"
                + " and (select count(distinct s.service_item_id) from worker_skill s where s.tenant_id = w.tenant_id"
                + " and s.worker_id = w.id and s.service_item_id = any(?)) = ?"
                + " and w.home_lat is not null and w.home_lng is not null and w.service_radius_km is not null"
                + " and 2 * 6371.0088 * asin(sqrt(power(sin(radians(? - w.home_lat) / 2), 2)"
                + " + cos(radians(w.home_lat)) * cos(radians(?)) * power(sin(radians(? - w.home_lng) / 2), 2)))"
                + " <= w.service_radius_km"
                + (workerId == null ? "" : " and w.id = ?")
                + " order by w.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, tenant);
            ps.setArray(2, c.createArrayOf("uuid", skills.toArray()));
            ps.setInt(3, skills.size());
            ps.setDouble(4, lat);
            ps.setDouble(5, lat);
            ps.setDouble(6, lng);
            if (workerId != null) {
                ps.setObject(7, workerId);
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static Map<UUID, List<Window>> windows(Connection c, UUID tenant, Array ids) throws SQLException {
        Map<UUID, List<Window>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select worker_id, weekday, start_minute, end_minute"
                + " from availability_window where tenant_id = ? and worker_id = any(?)")) {
            ps.setObject(1, tenant);
            ps.setArray(2, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Window(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        return out;
    }

    private static Map<UUID, List<DatedException>> exceptions(Connection c, UUID tenant, Array ids, LocalDate first,
            LocalDate last) throws SQLException {
        Map<UUID, List<DatedException>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select worker_id, on_date, kind, start_minute, end_minute"
                + " from availability_exception where tenant_id = ? and worker_id = any(?) and on_date between ? and ?")) {
            ps.setObject(1, tenant);
            ps.setArray(2, ids);
            ps.setObject(3, first);
            ps.setObject(4, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new DatedException(rs.getObject(2, LocalDate.class),
                                    SlotFinder.Kind.valueOf(rs.getString(3)),
                                    (Integer) rs.getObject(4), (Integer) rs.getObject(5)));
                }
            }
        }
        return out;
    }

    private static Map<UUID, List<WorkerEligibility.Certificate>> certificates(Connection c, UUID tenant, Array ids)
            throws SQLException {
        Map<UUID, List<WorkerEligibility.Certificate>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select worker_id, type, audit_state, expires_on"
                + " from worker_certificate where tenant_id = ? and worker_id = any(?)")) {
            ps.setObject(1, tenant);
            ps.setArray(2, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new WorkerEligibility.Certificate(CertificateType.valueOf(rs.getString(2)),
                                    CertificateAudit.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class)));
                }
            }
        }
        return out;
    }

    private static Map<UUID, List<Booked>> bookings(Connection c, UUID tenant, Array ids, OffsetDateTime from,
            OffsetDateTime to) throws SQLException {
        Map<UUID, List<Booked>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select worker_id, lower(during), upper(during)"
                + " from worker_booking where tenant_id = ? and active and worker_id = any(?)"
                + " and during && tstzrange(?::timestamptz, ?::timestamptz)")) {
            ps.setObject(1, tenant);
            ps.setArray(2, ids);
            ps.setObject(3, from);
            ps.setObject(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant start = rs.getObject(2, OffsetDateTime.class).toInstant();
                    Instant end = rs.getObject(3, OffsetDateTime.class).toInstant();
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Booked(start, end));
                }
            }
        }
        return out;
    }
}
