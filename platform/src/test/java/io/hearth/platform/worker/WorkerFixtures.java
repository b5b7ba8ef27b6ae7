package io.hearth.platform.worker;

import static io.restassured.RestAssured.given;

import io.hearth.platform.testing.AppUsers;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies and steps the worker tests share. */
public final class WorkerFixtures {

    private WorkerFixtures() {
    }

    public static RequestSpecification as(AppUsers.Session s) {
        return as(s.accessToken());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** An 18-character mainland ID number nobody else in the suite uses. */
    public static String newIdNumber() {
        return "3301" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L)) + "123X";
    }

    public static Map<String, Object> profile(String name, String gender, String idNumber, List<UUID> skills) {
        Map<String, Object> p = new HashMap<>();
        p.put("displayName", name);
        p.put("gender", gender);
        p.put("birthYear", 1980);
        p.put("photoFileId", UUID.randomUUID().toString());
        p.put("experienceYears", 8);
        p.put("introduction", "Deep cleaning and elderly care.");
        p.put("homeLat", 30.2741);
        p.put("homeLng", 120.1551);
        p.put("serviceRadiusKm", 10);
        p.put("idNumber", idNumber);
        p.put("skillIds", skills.stream().map(UUID::toString).toList());
        return p;
    }

    public static Map<String, Object> certificate(String type, LocalDate issuedOn, LocalDate expiresOn) {
        Map<String, Object> c = new HashMap<>();
        c.put("type", type);
        c.put("number", "C-" + ThreadLocalRandom.current().nextInt(1_000_000));
        c.put("fileIds", List.of(UUID.randomUUID().toString()));
        c.put("issuedOn", issuedOn.toString());
        c.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        return c;
    }

    public static Map<String, Object> window(int weekday, String start, String end) {
        return Map.of("weekday", weekday, "start", start, "end", end);
    }

    /** Registers the worker with a valid health certificate: PENDING afterwards. Answers the certificate id. */
    public static String register(AppUsers.Session worker, String name, String gender) {
        as(worker).body(profile(name, gender, newIdNumber(), List.of())).when().put("/api/worker/me")
                .then().statusCode(200);
        return as(worker).body(certificate("HEALTH", LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1)))
                .when().post("/api/worker/me/certificates").then().statusCode(201).extract().path("id");
    }

    /**
     * A worker the slot search finds: registered with the skills, home at (lat, lng) with a 10 km radius, a valid
     * health certificate, available from {@code from} to {@code to} every day, approved by the owner.
     */
    public static UUID approvedWorker(String ownerToken, AppUsers.Session worker, List<UUID> skills, double lat, double lng,
            String from, String to) {
        Map<String, Object> p = new HashMap<>(profile("Worker " + worker.phone(), "FEMALE", newIdNumber(), skills));
        p.put("homeLat", lat);
        p.put("homeLng", lng);
        as(worker).body(p).when().put("/api/worker/me").then().statusCode(200);
        as(worker).body(certificate("HEALTH", LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1)))
                .when().post("/api/worker/me/certificates").then().statusCode(201);
        List<Map<String, Object>> week = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            week.add(window(d, from, to));
        }
        as(worker).body(Map.of("windows", week)).when().put("/api/worker/me/availability").then().statusCode(200);
        approve(ownerToken, worker.subjectId());
        return UUID.fromString(worker.subjectId());
    }

    public static void approve(String ownerToken, String workerId) {
        as(ownerToken).body(Map.of()).when().post("/api/tenant/workers/" + workerId + "/approve").then().statusCode(200);
    }
}
