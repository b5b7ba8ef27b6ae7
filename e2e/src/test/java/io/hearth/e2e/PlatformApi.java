package io.hearth.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The platform's REST API as the journeys' other actors use it: a worker applying, a customer booking and paying
 * (sandbox), workers reporting where they are; and the owner's token to check what the browser did.
 * Everything goes through the public API of the running system, as {@code dev/DemoData.java} does.
 */
final class PlatformApi {

    static final String TENANT = "sparkle";
    /** Demo phones of the dev profile sign in with this code (hearth.auth.otp.test-phone-prefixes). */
    static final String DEMO_CODE = "246810";
    static final double LAT = 31.2304;
    static final double LNG = 121.4737;

    private final String base = System.getProperty("e2e.platform", "http://127.0.0.1:8080");
    private final String keycloak = System.getProperty("e2e.keycloak", "http://127.0.0.1:8180");

    /** A staff token from Keycloak (hearth-cli, password grant), as the demo scripts get one. */
    String staffToken(String username, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "hearth-cli", "username", username,
                        "password", password, "scope", "openid organization"))
                .post(keycloak + "/realms/hearth/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** [access token, subject id] of a customer or worker of the demo tenant signed in with the demo code. */
    String[] appLogin(String kind, String phone) {
        JsonPath login = send("POST", "/api/" + kind + "/auth/sms-login", null, Map.of("phone", phone, "code", DEMO_CODE), 200);
        return new String[] { login.getString("accessToken"), login.getString("subjectId") };
    }

    JsonPath get(String path, String token) {
        return send("GET", path, token, null, 200);
    }

    JsonPath send(String method, String path, String token, Object body, int... expected) {
        var request = given().header("X-Hearth-Tenant", TENANT).header("Accept-Language", "en");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        Response r = request.request(method, base + path);
        for (int status : expected) {
            if (r.statusCode() == status) {
                return r.jsonPath();
            }
        }
        throw new AssertionError(method + " " + path + " answered " + r.statusCode() + ": " + r.asString());
    }

    /**
     * A new worker who registered, filled in the profile with cleaning skills and uploaded certificates: waiting in
     * the audit queue. Returns [token, worker id, display name].
     */
    String[] workerApplicant(String displayName) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String phone = String.format("13900009%03d", (System.currentTimeMillis() / 7 + attempt * 37L) % 1000);
            String[] login = appLogin("worker", phone);
            if (!get("/api/worker/me", login[0]).getString("auditStatus").equals("REGISTERING")) {
                continue; // an earlier run's applicant: take another phone
            }
            List<String> skills = itemIds("hourly-clean");
            send("PUT", "/api/worker/me", login[0], Map.of("displayName", displayName, "gender", "FEMALE", "birthYear", 1988,
                    "experienceYears", 6, "introduction", "E2E applicant", "homeLat", LAT + 0.01, "homeLng", LNG + 0.01,
                    "serviceRadiusKm", 10, "idNumber", "31010119880101" + phone.substring(8, 11) + "X", "skillIds", skills), 200);
            send("POST", "/api/worker/me/certificates", login[0], Map.of("type", "HEALTH", "number", "HC-" + phone,
                    "issuedOn", "2026-01-05", "expiresOn", LocalDate.now().plusYears(1).toString()), 201);
            return new String[] { login[0], login[1], displayName };
        }
        throw new IllegalStateException("no free applicant phone in 13900009xxx");
    }

    /** Ids of the demo catalog's items with these codes (the demo data tags each item with its code). */
    List<String> itemIds(String... codes) {
        JsonPath items = given().header("X-Hearth-Tenant", TENANT).queryParam("size", 100)
                .get(base + "/api/app/catalog/items").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = items.getList("items");
        return List.of(codes).stream().map(code -> rows.stream().filter(r -> ((List<?>) r.get("tags")).contains(code))
                .map(r -> (String) r.get("id")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo catalog has no item " + code))).toList();
    }

    /**
     * Demo customer 13800000001 books two hours of hourly cleaning with no worker chosen and pays in the sandbox: the
     * order waits for dispatch. Returns the order id.
     */
    String orderWaitingForDispatch() throws InterruptedException {
        String token = appLogin("app", "13800000001")[0];
        String item = itemIds("hourly-clean").get(0);
        List<Map<String, Object>> addresses = get("/api/app/me/addresses", token).getList("$");
        String address = (String) addresses.get(0).get("id");
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        List<String> starts = get("/api/app/slots?itemId=" + item + "&quantity=2&lat=" + LAT + "&lng=" + LNG + "&from=" + from
                + "&to=" + from.plusDays(6), null).getList("slots.start");
        if (starts.isEmpty()) {
            throw new IllegalStateException("no free slot for hourly cleaning in the coming week");
        }
        String start = starts.get(starts.size() / 2);
        String quote = send("POST", "/api/app/quotes", token, Map.of("itemId", item, "quantity", 2, "start", start,
                "addressId", address), 201).getString("id");
        String order = send("POST", "/api/app/orders", token, Map.of("quoteId", quote,
                "requirements", Map.of("notes", "E2E: please knock")), 201).getString("id");
        JsonPath started = send("POST", "/api/app/orders/" + order + "/payments", token, Map.of("provider", "SANDBOX"), 200);
        send("POST", "/api/app/payments/" + started.getString("payment.id") + "/sandbox/pay", token,
                Map.of("token", started.getString("client.sandboxToken")), 202);
        for (int i = 0; i < 100; i++) {
            if (!get("/api/app/orders/" + order, token).getString("status").equals("PENDING_PAYMENT")) {
                return order;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the sandbox payment of order " + order + " did not arrive");
    }

    /**
     * The demo's online workers report fresh positions near the centre, as their app does every few seconds, so
     * that dispatch ranks them as candidates (positions older than a few minutes do not count).
     */
    int onlineWorkersReportPositions() {
        int reported = 0;
        for (int n = 1; n <= 20; n++) {
            String[] login = appLogin("worker", String.format("139000010%02d", n));
            JsonPath me = get("/api/worker/me", login[0]);
            if (!"APPROVED".equals(me.getString("auditStatus")) || !"ONLINE".equals(me.getString("workStatus"))) {
                continue;
            }
            double angle = n * 2.399963;
            double km = 0.5 + (n % 4) * 0.4;
            send("POST", "/api/worker/me/position", login[0], Map.of("lat", LAT + km / 111.0 * Math.cos(angle),
                    "lng", LNG + km / 95.0 * Math.sin(angle), "accuracyM", 15), 200, 429);
            reported++;
        }
        return reported;
    }
}
