package io.hearth.platform.payment;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.payment.sandbox.SandboxSignature;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Helpers of the payment tests: API calls, sandbox notifications signed like the sandbox does, database reads. */
public final class PaymentFixtures {

    /** %test.hearth.payment.sandbox.secret */
    static final byte[] SANDBOX_SECRET = "test-only-sandbox-secret".getBytes(StandardCharsets.UTF_8);

    private PaymentFixtures() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** The customer starts paying with {@code provider}; answers the started payment. */
    public static JsonPath start(String customerToken, UUID orderId, String provider) {
        return as(customerToken).body("{\"provider\":\"" + provider + "\"}")
                .when().post("/api/app/orders/" + orderId + "/payments")
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath staffView(String staffToken, UUID orderId) {
        return as(staffToken).when().get("/api/tenant/orders/" + orderId + "/payments")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A payment notification as the sandbox signs it, signed at {@code signedAt} with {@code secret}. */
    public static ValidatableResponse sandboxPaymentNotification(String outTradeNo, String transactionId, long amountFen,
            Instant signedAt, byte[] secret) {
        String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"event_type\":\"TRANSACTION.SUCCESS\",\"out_trade_no\":\""
                + outTradeNo + "\",\"transaction_id\":\"" + transactionId + "\",\"amount_fen\":" + amountFen
                + ",\"paid_at\":\"" + Instant.now() + "\"}";
        return signedSandbox("/api/payments/notify/sandbox", body, signedAt, secret);
    }

    public static ValidatableResponse sandboxPaymentNotification(String outTradeNo, String transactionId, long amountFen) {
        return sandboxPaymentNotification(outTradeNo, transactionId, amountFen, Instant.now(), SANDBOX_SECRET);
    }

    public static ValidatableResponse sandboxRefundNotification(String outRefundNo, long amountFen) {
        String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"event_type\":\"REFUND.SUCCESS\",\"out_refund_no\":\""
                + outRefundNo + "\",\"refund_id\":\"sbxr_test\",\"amount_fen\":" + amountFen + ",\"status\":\"SUCCESS\"}";
        return signedSandbox("/api/payments/notify/sandbox/refund", body, Instant.now(), SANDBOX_SECRET);
    }

    public static ValidatableResponse signedSandbox(String path, String body, Instant signedAt, byte[] secret) {
        String timestamp = Long.toString(signedAt.getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        return given().contentType("application/json")
                .header(SandboxSignature.TIMESTAMP, timestamp)
                .header(SandboxSignature.NONCE, nonce)
                .header(SandboxSignature.SIGNATURE, SandboxSignature.sign(secret, timestamp, nonce, body))
                .body(body)
                .when().post(path).then();
    }

    public static String transactionId() {
        return "sbxtest" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** Waits (at most {@code limit}) for something asynchronous; fails with {@code what} when it never happens. */
    public static void eventually(Duration limit, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static long count(AgroalDataSource db, String sql, Object... args) {
        return Long.parseLong(strings(db, sql, args).get(0));
    }

    /** The first column of every row, as text. */
    public static List<String> strings(AgroalDataSource db, String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(AgroalDataSource db, String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outcomes of the notifications recorded for a payment, oldest first. */
    public static List<String> outcomes(AgroalDataSource db, UUID paymentId) {
        return strings(db, "select outcome from payment_notification where payment_id = ? order by received_at, id", paymentId);
    }

    public static Duration patience() {
        return Duration.ofSeconds(15);
    }
}
