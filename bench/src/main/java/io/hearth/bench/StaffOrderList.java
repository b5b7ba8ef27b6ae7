package io.hearth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * 2. The big tenant's staff order list (GET /api/tenant/orders, 20 rows, keyset pagination) with four request
 * shapes in turn: first page, status + date range, one worker's orders, a page ten pages deep (cursor) — against
 * pgbench running the SQL the app runs for each (as logged by quarkus.hibernate-orm.log.sql) at the same
 * concurrency: what the database alone serves.
 */
final class StaffOrderList implements Scenario {

    /** The columns Hibernate selects for a ServiceOrder, in its order (quarkus.hibernate-orm.log.sql). */
    static final String COLUMNS = "so1_0.id,so1_0.accepted_at,so1_0.access_instructions_enc,so1_0.actual_minutes,so1_0.arrived_at,"
            + "so1_0.building,so1_0.cancel_reason,so1_0.cancellation_fee_fen,so1_0.cancelled_at,so1_0.city_code,"
            + "so1_0.community,so1_0.completed_at,so1_0.confirmed_at,so1_0.contact_name,so1_0.contact_phone_enc,"
            + "so1_0.contact_phone_hash,so1_0.contact_phone_last4,so1_0.created_at,so1_0.customer_chose_worker,"
            + "so1_0.customer_id,so1_0.departed_at,so1_0.deposit_fen,so1_0.detail_enc,so1_0.district,"
            + "so1_0.duration_minutes,so1_0.end_at,so1_0.idempotency_key,so1_0.item_id,so1_0.lat,so1_0.lng,"
            + "so1_0.order_no,so1_0.package_id,so1_0.paid_fen,so1_0.payment_deadline,so1_0.payment_state,"
            + "so1_0.photo_file_ids,so1_0.quantity,so1_0.quote_id,so1_0.quote_lines,so1_0.refunded_fen,"
            + "so1_0.requirements,so1_0.room_enc,so1_0.start_at,so1_0.started_at,so1_0.status,so1_0.tenant_id,"
            + "so1_0.total_fen,so1_0.unit,so1_0.updated_at,so1_0.version,so1_0.work_notes,so1_0.worker_id";

    /** The tenant row the date filters read for the tenant's time zone (tenant/TenantSettingsLookup). */
    static final String TENANT_COLUMNS = "t1_0.id,t1_0.city_codes,t1_0.created_at,t1_0.default_locale,t1_0.display_name,t1_0.h5_host,"
            + "t1_0.keycloak_org_id,t1_0.logo_url,t1_0.mini_program_app_id,t1_0.plan_id,t1_0.primary_color,"
            + "t1_0.service_area,t1_0.settings,t1_0.slug,t1_0.status,t1_0.status_reason,t1_0.time_zone,t1_0.type,"
            + "t1_0.updated_at,t1_0.version,t1_0.wechat_app_secret_enc";

    static final int LIMIT = 20;

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "Staff order list (big tenant)";
    }

    @Override
    public List<Row> run(Run run) throws Exception {
        UUID tenant = run.tenantId(Env.BIG_SLUG);
        String worker;
        long orders;
        try (Connection c = run.db.connect()) {
            worker = Db.text(c, "select worker_id::text from service_order where tenant_id = ? and worker_id is not null"
                    + " group by worker_id order by count(*) desc, worker_id limit 1", tenant);
            orders = Db.scalar(c, "select count(*) from service_order where tenant_id = ?", tenant);
        }
        LocalDate today = LocalDate.now(Seeder.ZONE);
        LocalDate from = today.minusDays(60);
        LocalDate to = today.minusDays(31);
        String token = run.auth.owner();

        // the cursor of page 11 of the unfiltered list, as a client paging through it would hold it
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            JsonNode p = get(run, token, "/api/tenant/orders?limit=" + LIMIT + (cursor == null ? "" : "&cursor=" + cursor));
            cursor = p.path("nextCursor").asText();
        }
        String[] decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
        Instant cursorAt = Instant.parse(decoded[0]);

        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("first-page", "/api/tenant/orders?limit=" + LIMIT);
        paths.put("status-dates", "/api/tenant/orders?limit=" + LIMIT + "&status=COMPLETED&from=" + from + "&to=" + to);
        paths.put("worker", "/api/tenant/orders?limit=" + LIMIT + "&workerId=" + worker);
        paths.put("page-11", "/api/tenant/orders?limit=" + LIMIT + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        for (String path : paths.values()) {
            JsonNode p = get(run, token, path);
            if (p.path("items").size() != LIMIT) {
                throw new IllegalStateException(path + " answered " + p.path("items").size() + " rows, not " + LIMIT);
            }
        }

        // the same statements as the app (Hibernate's SQL for OrderListing.page; limit + 1 rows to know if there is a next page)
        String select = "select " + COLUMNS + " from service_order so1_0 where so1_0.tenant_id = :tenant";
        String order = " order by so1_0.start_at desc,so1_0.id desc offset :row_offset rows fetch first :row_limit rows only;\n";
        Map<String, String> scripts = new LinkedHashMap<>();
        scripts.put("first-page", select + order);
        scripts.put("status-dates", "select " + TENANT_COLUMNS + " from tenant t1_0 where t1_0.id=:tenant;\n"
                + select + " and so1_0.status in (:status) and so1_0.start_at>=:from_at and so1_0.start_at<:to_at" + order);
        scripts.put("worker", select + " and so1_0.worker_id=:worker" + order);
        scripts.put("page-11", select + " and (so1_0.start_at<:cursor_at or (so1_0.start_at=:cursor_at and so1_0.id<:cursor_id))" + order);
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("tenant", tenant.toString());
        vars.put("row_offset", "0");
        vars.put("row_limit", Integer.toString(LIMIT + 1));
        vars.put("status", "COMPLETED");
        vars.put("from_at", from.atStartOfDay(Seeder.ZONE).toInstant().toString());
        vars.put("to_at", to.plusDays(1).atStartOfDay(Seeder.ZONE).toInstant().toString());
        vars.put("worker", worker);
        vars.put("cursor_at", cursorAt.toString());
        vars.put("cursor_id", decoded[1]);

        List<Wrk.Request> requests = paths.values().stream()
                .map(p -> new Wrk.Request(p, "Authorization: Bearer " + token)).toList();
        int c = run.connections();
        run.wrk.run("orders-warm", requests, c, run.warmSeconds());
        Stats measured = run.wrk.run("orders", requests, c, run.seconds());
        run.pgbench.run("orders-warm", scripts, vars, c, run.warmSeconds());
        Stats baseline = run.pgbench.run("orders", scripts, vars, c, run.seconds());
        return List.of(new Row("2", title(), String.format(Locale.ROOT,
                "wrk, %d connections, owner's Keycloak token; 4 request shapes in turn over %,d orders", c, orders),
                measured, "pgbench: the same SQL, " + c + " clients (prepared)", baseline,
                "shapes: first page, status+dates, one worker, page 11 by cursor", Map.of("orders", orders)));
    }

    private static JsonNode get(Run run, String token, String path) {
        return run.http.expect(200, "GET", run.url(path), token, null);
    }
}
