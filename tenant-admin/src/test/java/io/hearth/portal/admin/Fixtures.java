package io.hearth.portal.admin;

import static io.restassured.RestAssured.given;

import io.hearth.portal.api.CatalogApi;
import io.hearth.portal.api.DispatchApi;
import io.hearth.portal.api.OrderApi;
import io.hearth.portal.api.WorkerApi;
import io.restassured.response.Response;
import io.hearth.portal.PlatformClient;
import io.hearth.portal.web.PlatformRefused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Platform answers for the page tests (the platform client is mocked) and a CSRF-aware form helper. */
final class Fixtures {

    static final String CATEGORY_ID = "11111111-1111-1111-1111-111111111111";
    static final String ITEM_ID = "22222222-2222-2222-2222-222222222222";
    static final String WORKER_ID = "33333333-3333-3333-3333-333333333333";
    static final String ORDER_ID = "44444444-4444-4444-4444-444444444444";
    static final String FILE_ID = "55555555-5555-5555-5555-555555555555";

    private Fixtures() {
    }

    static CatalogApi.Category category() {
        return new CatalogApi.Category(CATEGORY_ID, null, "cleaning", 0, true,
                Map.of("zh-CN", new CatalogApi.NamedText("日常保洁", null), "en", new CatalogApi.NamedText("Daily cleaning", null)),
                Instant.now());
    }

    static CatalogApi.Item item() {
        return new CatalogApi.Item(ITEM_ID, CATEGORY_ID, "PER_HOUR", 5000, 120, 2, null, List.of("hot"), List.of(), true,
                0, Map.of("zh-CN", new CatalogApi.ItemText("深度保洁", null, null, null, null),
                        "en", new CatalogApi.ItemText("Deep cleaning", null, null, null, null)), Instant.now());
    }

    static CatalogApi.Package pkg() {
        return new CatalogApi.Package("66666666-6666-6666-6666-666666666666", "spring-pack", 240, 39900, null, null, true,
                List.of(new CatalogApi.Included(ITEM_ID, 2)), Map.of("en", new CatalogApi.NamedText("Spring package", null)),
                Instant.now());
    }

    static WorkerApi.Summary workerSummary(String status) {
        return new WorkerApi.Summary(WORKER_ID, "Wang Fang", "FEMALE", "138****0001", "1101**********0011", status,
                "OFFLINE", new WorkerApi.Level("77777777-7777-7777-7777-777777777777", "gold", "Gold", 1), 6,
                Instant.now(), Instant.now());
    }

    static WorkerApi.Detail worker(String status) {
        return new WorkerApi.Detail(workerSummary(status), 1985, null, "Careful and quick", 31.2, 121.4, 10, List.of(),
                List.of(new WorkerApi.Certificate("88888888-8888-8888-8888-888888888888", "HEALTH", "HC-42",
                        List.of(FILE_ID), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), "PENDING", Instant.now())),
                new WorkerApi.Eligibility(false, List.of("not approved"), Set.of()),
                new WorkerApi.Rating(4.8, 4.7, 4.9, 5.0, 12), 37);
    }

    static WorkerApi.Page<WorkerApi.Summary> workers(String status) {
        return new WorkerApi.Page<>(List.of(workerSummary(status)), 0, 20, 1);
    }

    static OrderApi.Summary orderSummary(String status, Instant start, long paidFen) {
        return new OrderApi.Summary(ORDER_ID, "HO20261122000001", status, null, ITEM_ID, null, start,
                start.plus(2, ChronoUnit.HOURS), null, "310100", "Xuhui", "Garden Estate", "Li*", "138****0002", 20000,
                paidFen, Instant.now());
    }

    static OrderApi.Detail order(String status) {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        return new OrderApi.Detail(ORDER_ID, "HO20261122000001", status, null, ITEM_ID, null, 2, 120, start,
                start.plus(2, ChronoUnit.HOURS), null, false,
                new OrderApi.Address("Li*", "138****0002", "310100", "Xuhui", "Garden Estate", null, null, null, null, null,
                        31.2, 121.4, true),
                null, null, new OrderApi.Money(20000, 6000, 6000, 0, 0, "DEPOSIT_PAID", "BALANCE", 14000), null, null, null,
                Instant.now(), List.of(
                        new OrderApi.TimelineEntry(1, Instant.now(), "CUSTOMER", "c-1", "CREATE", null, "PENDING_PAYMENT", null, null),
                        new OrderApi.TimelineEntry(2, Instant.now(), "CUSTOMER", "c-1", "PAY", "PENDING_PAYMENT", "PENDING_DISPATCH", null, null)),
                null, null);
    }

    static final String ALERT_ID = "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa";
    static final String COMPLAINT_ID = "cccccccc-cccc-cccc-cccc-cccccccccccc";

    static DispatchApi.Candidates candidates() {
        return new DispatchApi.Candidates(ORDER_ID, 5, List.of(new DispatchApi.Candidate(1, WORKER_ID, "Wang Fang",
                "138****0001", 1234, 87.5, null, 1, false)), Map.of());
    }

    static DispatchApi.Alert alert(String state, String note) {
        return new DispatchApi.Alert(ALERT_ID, ORDER_ID, "HO20261122000001", Instant.now(), WORKER_ID, "Wang Fang",
                "LATE_ARRIVAL", state, Instant.now(), 1260, null, null, null, null, null, note, false, 1);
    }

    static DispatchApi.Complaint complaint(String state, String resolution) {
        return new DispatchApi.Complaint(COMPLAINT_ID, ORDER_ID, "HO20261122000001", null, "138****0002", "QUALITY",
                "The windows are still dirty", List.of(), state, Instant.now(), null, null, resolution, null, null);
    }

    static OrderApi.OrderPayments payments() {
        return new OrderApi.OrderPayments(ORDER_ID, "PENDING_DISPATCH", 20000, 6000, "BALANCE", 14000,
                List.of(new OrderApi.PaymentView("99999999-9999-9999-9999-999999999999", "DEPOSIT", "SANDBOX", "SUCCEEDED", 6000,
                        Instant.now())), List.of());
    }

    /** A refusal of the platform as its REST client raises it: problem+json, translated by the platform. */
    static PlatformRefused problem(int status, String code, String detail, String field, String message) {
        String errors = field == null ? "" : ",\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]";
        return (PlatformRefused) PlatformClient.refusal(jakarta.ws.rs.core.Response.status(status).type("application/problem+json")
                .entity("{\"status\":" + status + ",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\"" + errors + "}")
                .build());
    }

    /** Browsers send forms of UTF-8 pages in UTF-8. */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** The CSRF cookie and form token a page hands out, as a browser would submit them back. */
    record Csrf(String cookie, String token) {

        static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

        static Csrf from(String page) {
            Response r = given().get(page);
            Matcher m = TOKEN.matcher(r.asString());
            if (!m.find()) {
                throw new AssertionError("no CSRF token in " + page + " (" + r.statusCode() + ")");
            }
            return new Csrf(r.getCookie("hearth-csrf"), m.group(1));
        }
    }
}
