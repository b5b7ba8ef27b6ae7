package io.hearth.platform.chat;

import static io.hearth.platform.worker.WorkerFixtures.as;
import static io.restassured.RestAssured.given;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.payment.PaymentStage;
import io.hearth.platform.testing.AppUsers;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Orders with a worker to talk about, messages, and chat images. */
final class ChatFixtures {

    private ChatFixtures() {
    }

    /** An order of the side's customer with the side's worker, paid (the worker sees it). */
    static UUID orderWithWorker(OrderWorld fixtures, OrderWorld.Side side, int hoursAhead) {
        UUID id = OrderWorld.order(side, fixtures.quote(side, side.worker(), OrderWorld.hoursAhead(hoursAhead), 5_000));
        fixtures.pay(side.tenantId(), id, PaymentStage.FULL, 5_000);
        return id;
    }

    static Map<String, Object> text(String text) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "TEXT");
        m.put("text", text);
        return m;
    }

    static Map<String, Object> text(String text, String clientMessageId) {
        Map<String, Object> m = text(text);
        m.put("clientMessageId", clientMessageId);
        return m;
    }

    static Map<String, Object> image(String fileId) {
        return Map.of("type", "IMAGE", "fileId", fileId);
    }

    static ValidatableResponse send(String token, String path, Map<String, Object> body) {
        return as(token).body(body).when().post(path).then();
    }

    static ValidatableResponse send(AppUsers.Session s, String path, Map<String, Object> body) {
        return send(s.accessToken(), path, body);
    }

    static JsonPath get(String token, String path) {
        return as(token).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath get(AppUsers.Session s, String path) {
        return get(s.accessToken(), path);
    }

    /** A small JPEG uploaded as CHAT_IMAGE by the token's holder; answers its id. */
    static String chatImage(String token) {
        byte[] b = new byte[512];
        ThreadLocalRandom.current().nextBytes(b);
        int[] head = { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F' };
        for (int i = 0; i < head.length; i++) {
            b[i] = (byte) head[i];
        }
        return given().auth().oauth2(token).multiPart("file", "x.jpg", b, "image/jpeg").multiPart("purpose", "CHAT_IMAGE")
                .when().post("/api/files").then().statusCode(201).extract().path("id");
    }
}
