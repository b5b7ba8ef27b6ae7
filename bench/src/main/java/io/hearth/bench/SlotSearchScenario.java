package io.hearth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * 3. Slot search (GET /api/app/slots) over 14 days for the big tenant's most popular item at its city centre,
 * where every one of its workers is a candidate (approved, skilled, within radius): latency with one client
 * and with four. No baseline: the figure to watch is p99 against the few hundred milliseconds a customer waits.
 */
final class SlotSearchScenario implements Scenario {

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "Slot search, 14 days";
    }

    @Override
    public List<Row> run(Run run) throws Exception {
        UUID tenant = run.tenantId(Env.BIG_SLUG);
        String item;
        long candidates;
        LocalDate from = LocalDate.now(Seeder.ZONE).plusDays(1);
        LocalDate to = from.plusDays(13);
        double lat = Seeder.BIG_CITY.lat();
        double lng = Seeder.BIG_CITY.lng();
        long bookings;
        try (Connection c = run.db.connect()) {
            item = Db.text(c, "select id::text from service_item where tenant_id = ? and enabled order by popularity desc limit 1", tenant);
            // the app's candidate query (booking/SlotSearch), counted
            candidates = Db.scalar(c, "select count(*) from worker w join worker_skill s on s.tenant_id = w.tenant_id and s.worker_id = w.id"
                    + " where w.tenant_id = ? and s.service_item_id = cast(? as uuid) and w.audit_status = 'APPROVED'"
                    + " and 2 * 6371.0088 * asin(sqrt(power(sin(radians(? - w.home_lat) / 2), 2)"
                    + " + cos(radians(w.home_lat)) * cos(radians(?)) * power(sin(radians(? - w.home_lng) / 2), 2))) <= w.service_radius_km",
                    tenant, item, lat, lat, lng);
            bookings = Db.scalar(c, "select count(*) from worker_booking where tenant_id = ? and active"
                    + " and during && tstzrange(?::timestamptz, ?::timestamptz)", tenant,
                    from.atStartOfDay(Seeder.ZONE).toOffsetDateTime(), to.plusDays(1).atStartOfDay(Seeder.ZONE).toOffsetDateTime());
        }
        String path = String.format(Locale.ROOT, "/api/app/slots?itemId=%s&quantity=2&lat=%s&lng=%s&from=%s&to=%s", item, lat, lng,
                from, to);
        JsonNode answer = run.http.expect(200, "GET", run.url(path), null, null, "X-Hearth-Tenant", Env.BIG_SLUG);
        int starts = answer.path("slots").size();
        if (starts == 0) {
            throw new IllegalStateException("the slot search found no free start: " + answer);
        }
        List<Wrk.Request> requests = List.of(new Wrk.Request(path, "X-Hearth-Tenant: " + Env.BIG_SLUG));
        String facts = String.format(Locale.ROOT, "%,d candidate workers, %,d active bookings in range, %,d starts answered",
                candidates, bookings, starts);
        run.wrk.run("slots-warm", requests, 4, run.warmSeconds());
        Stats one = run.wrk.run("slots-1", requests, 1, run.seconds());
        Stats four = run.wrk.run("slots-4", requests, 4, run.seconds());
        Map<String, Object> f = Map.of("candidates", candidates, "bookingsInRange", bookings, "starts", starts);
        return List.of(new Row("3a", title() + ", 1 client", "wrk, 1 connection; " + from + " to " + to, one, null, null,
                facts + String.format(Locale.ROOT, "; %,d requests measured", one.count()), f),
                new Row("3b", title() + ", 4 clients", "wrk, 4 connections", four, null, null,
                        facts + String.format(Locale.ROOT, "; %,d requests measured", four.count()), f));
    }
}
