package io.hearth.platform.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.TwoTenants;
import io.restassured.path.json.JsonPath;
import io.vertx.core.http.UpgradeRejectedException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client for tests: every text frame lands in a queue; {@link #next} waits (bounded) for a frame of a
 * type, {@link #until} answers everything received up to it. Absence is shown with a marker: publish a marker after
 * the action, then check that nothing of the unwanted type came before it (messages arrive in publication order).
 */
public final class TestSocket implements AutoCloseable {

    static final long WAIT_SECONDS = 20;

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
    private final WebSocketClientConnection connection;
    private final JsonPath connected;

    private TestSocket(BasicWebSocketConnector connector) {
        connector.executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, text) -> received.add(text))
                .onClose((c, reason) -> closes.add(reason.getCode()));
        this.connection = connector.connectAndAwait();
        this.connected = next("connected");
    }

    /** Connects with {@code Authorization: Bearer <token>} (token may be null); waits for the {@code connected} frame. */
    public static TestSocket open(URI base, String path, String token) {
        return new TestSocket(connector(base, path, token));
    }

    /** Connects as a browser must: the token in a sub-protocol next to {@code hearth.v1}. */
    public static TestSocket openAsBrowser(URI base, String path, String token) {
        return new TestSocket(BasicWebSocketConnector.create().baseUri(base).path(path).addSubprotocol("hearth.v1")
                .addSubprotocol(URLEncoder.encode("quarkus-http-upgrade#Authorization#Bearer " + token,
                        StandardCharsets.UTF_8)));
    }

    /** The HTTP status the upgrade is refused with (fails when it is accepted). */
    public static int refusal(URI base, String path, String token) {
        try {
            WebSocketClientConnection c = connector(base, path, token).connectAndAwait();
            c.closeAndAwait();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UpgradeRejectedException rejected) {
                    return rejected.getStatus();
                }
            }
            throw e;
        }
        return fail("upgrade of " + path + " was accepted");
    }

    private static BasicWebSocketConnector connector(URI base, String path, String token) {
        BasicWebSocketConnector c = BasicWebSocketConnector.create().baseUri(base).path(path);
        if (token != null) {
            c.addHeader("Authorization", "Bearer " + token);
        }
        return c;
    }

    public JsonPath connected() {
        return connected;
    }

    public String subprotocol() {
        return connection.subprotocol();
    }

    /** The next frame of {@code type} (skipping others); fails after a bounded wait. */
    public JsonPath next(String type) {
        List<JsonPath> seen = until(type);
        return seen.get(seen.size() - 1);
    }

    /** Every frame up to and including the first of {@code type}. */
    public List<JsonPath> until(String type) {
        List<JsonPath> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            String text;
            try {
                text = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (text == null) {
                return fail("no " + type + " frame; got " + seen.stream().map(j -> j.getString("type")).toList());
            }
            JsonPath frame = JsonPath.from(text);
            assertNotNull(frame.getString("at"), text);
            seen.add(frame);
            if (type.equals(frame.getString("type"))) {
                return seen;
            }
        }
    }

    /** Frames of {@code type} received before the marker {@code markerId} (published by the test after the action). */
    public List<JsonPath> beforeMarker(String markerId, String type) {
        while (true) {
            List<JsonPath> seen = until(Markers.TYPE);
            JsonPath marker = seen.get(seen.size() - 1);
            List<JsonPath> wanted = seen.stream().filter(j -> type.equals(j.getString("type"))).toList();
            if (markerId.equals(marker.getString("payload.id"))) {
                return wanted;
            }
            if (!wanted.isEmpty()) {
                return wanted;
            }
        }
    }

    /** The close code the server closed this connection with; fails after a bounded wait. */
    public int closedWith() {
        try {
            Integer code = closes.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            return code == null ? fail("not closed") : code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void send(String text) {
        connection.sendTextAndAwait(text);
    }

    public boolean isOpen() {
        return connection.isOpen();
    }

    @Override
    public void close() {
        if (connection.isOpen()) {
            connection.closeAndAwait();
        }
    }

    /** Markers published through the real bus. */
    public static final class Markers {
        public static final String TYPE = "test.marker";

        private Markers() {
        }

        public static String publish(RealtimeBus bus, Audience to) {
            String id = UUID.randomUUID().toString();
            bus.publish(to, TYPE, java.util.Map.of("id", id));
            return id;
        }
    }

    /** Fresh staff tokens (those of {@link TwoTenants} live 5 minutes, shorter than a slow run of this class). */
    public static String owner(TwoTenants.Side side) {
        return StaffTokens.staff(side.tenant().slug() + "-owner", side.tenant().slug(), "owner");
    }

    public static String dispatcher(TwoTenants.Side side) {
        return StaffTokens.staff(side.tenant().slug() + "-dispatcher", side.tenant().slug(), "dispatcher");
    }

    static void assertType(String type, JsonPath frame) {
        assertEquals(type, frame.getString("type"));
    }
}
