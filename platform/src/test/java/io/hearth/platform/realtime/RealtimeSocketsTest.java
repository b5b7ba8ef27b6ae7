package io.hearth.platform.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.hearth.platform.testing.TwoTenants;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket layer: who may connect where (same tokens as REST, tenant from the token), that every channel is
 * tenant-isolated, that messages published through {@link RealtimeBus} or straight into the Redis channel (as another
 * replica would) reach exactly their audience, and what clients get back for messages the server does not take.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RealtimeSocketsTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    CapturingSmsSender sms;

    @Inject
    RealtimeBus bus;

    @Inject
    RedisDataSource redis;

    @Inject
    RealtimeConfig config;

    @Inject
    OpenSockets sockets;

    static TwoTenants two;

    @BeforeEach
    void setUp() {
        if (two == null) {
            two = TwoTenants.create(sms);
        }
    }

    static UUID id(TwoTenants.Side side, boolean worker) {
        return UUID.fromString((worker ? side.worker() : side.customer()).subjectId());
    }

    @Test
    void eachKindConnectsToItsOwnEndpointAndIsRegisteredWithItsAudience() {
        TwoTenants.Side a = two.a();
        try (TestSocket customer = TestSocket.open(base, "/ws/app", a.customer().accessToken());
                TestSocket worker = TestSocket.open(base, "/ws/worker", a.worker().accessToken());
                TestSocket staff = TestSocket.open(base, "/ws/staff", TestSocket.dispatcher(a))) {
            assertEquals("CUSTOMER", customer.connected().getString("payload.kind"));
            assertEquals(a.tenant().id().toString(), customer.connected().getString("payload.tenantId"));
            assertEquals(a.customer().subjectId(), customer.connected().getString("payload.id"));
            assertEquals("WORKER", worker.connected().getString("payload.kind"));
            assertEquals(a.worker().subjectId(), worker.connected().getString("payload.id"));
            assertEquals("STAFF", staff.connected().getString("payload.kind"));
            assertEquals(a.tenant().id().toString(), staff.connected().getString("payload.tenantId"));
            assertTrue(sockets.count(Audience.staff(a.tenant().id())) >= 1);
        }
    }

    @Test
    void upgradesWithoutTheRightTokenAreRefused() {
        TwoTenants.Side a = two.a();
        assertEquals(401, TestSocket.refusal(base, "/ws/app", null));
        assertEquals(401, TestSocket.refusal(base, "/ws/worker", null));
        assertEquals(401, TestSocket.refusal(base, "/ws/staff", null));
        assertEquals(401, TestSocket.refusal(base, "/ws/staff", "not-a-token"));
        // wrong kind of token for the endpoint
        assertEquals(403, TestSocket.refusal(base, "/ws/staff", a.customer().accessToken()));
        assertEquals(403, TestSocket.refusal(base, "/ws/staff", a.worker().accessToken()));
        assertEquals(403, TestSocket.refusal(base, "/ws/app", a.worker().accessToken()));
        assertEquals(403, TestSocket.refusal(base, "/ws/worker", a.customer().accessToken()));
        assertEquals(403, TestSocket.refusal(base, "/ws/app", TestSocket.owner(a)));
        // staff: a role of the board is needed, and a tenant of one's own
        assertEquals(403, TestSocket.refusal(base, "/ws/staff", StaffTokens.staff("fin-" + a.tenant().slug(),
                a.tenant().slug(), "finance")));
        assertEquals(403, TestSocket.refusal(base, "/ws/staff", StaffTokens.staff("nobody", "no-such-tenant",
                "dispatcher")));
        assertEquals(403, TestSocket.refusal(base, "/ws/staff", StaffTokens.superAdmin()));
        String both = StaffTokens.token("both-" + a.tenant().slug(), java.util.Set.of("dispatcher"),
                List.of(a.tenant().slug(), two.b().tenant().slug()));
        assertEquals(403, TestSocket.refusal(base, "/ws/staff", both));
        assertEquals(403, TestSocket.refusal(base, "/ws/staff?tenant=someone-else", both));
        try (TestSocket picked = TestSocket.open(base, "/ws/staff?tenant=" + two.b().tenant().slug(), both)) {
            assertEquals(two.b().tenant().id().toString(), picked.connected().getString("payload.tenantId"));
        }
    }

    @Test
    void aSuspendedTenantsUsersCannotConnect() {
        Tenants.Created t = Tenants.createCompany();
        var customer = io.hearth.platform.testing.AppUsers.customer(sms, t.slug());
        String dispatcher = StaffTokens.staff(t.slug() + "-dispatcher", t.slug(), "dispatcher");
        Tenants.suspend(t.id());
        assertEquals(403, TestSocket.refusal(base, "/ws/staff", dispatcher));
        assertEquals(403, TestSocket.refusal(base, "/ws/app", customer.accessToken()));
    }

    @Test
    void browsersSendTheTokenAsASubprotocol() {
        try (TestSocket staff = TestSocket.openAsBrowser(base, "/ws/staff", TestSocket.owner(two.a()))) {
            assertEquals("hearth.v1", staff.subprotocol());
            assertEquals(two.a().tenant().id().toString(), staff.connected().getString("payload.tenantId"));
            String marker = TestSocket.Markers.publish(bus, Audience.staff(two.a().tenant().id()));
            assertEquals(marker, staff.next(TestSocket.Markers.TYPE).getString("payload.id"));
        }
    }

    @Test
    void aMessageReachesExactlyItsAudienceAndNeverAnotherTenant() {
        TwoTenants.Side a = two.a();
        TwoTenants.Side b = two.b();
        try (TestSocket workerA = TestSocket.open(base, "/ws/worker", a.worker().accessToken());
                TestSocket staffA = TestSocket.open(base, "/ws/staff", TestSocket.owner(a));
                TestSocket staffB = TestSocket.open(base, "/ws/staff", TestSocket.owner(b));
                TestSocket customerA = TestSocket.open(base, "/ws/app", a.customer().accessToken())) {
            UUID order = UUID.randomUUID();
            bus.publish(Audience.worker(a.tenant().id(), id(a, true)), "dispatch.offer",
                    Map.of("orderId", order, "expiresAt", Instant.parse("2030-01-01T00:00:00Z")));
            bus.publish(Audience.staff(b.tenant().id()), "alert.opened", Map.of("alertId", "b-only"));
            // the same worker id under tenant B is another audience
            bus.publish(Audience.worker(b.tenant().id(), id(a, true)), "dispatch.offer", Map.of("orderId", "wrong"));

            JsonPath offer = workerA.next("dispatch.offer");
            assertEquals(order.toString(), offer.getString("payload.orderId"));
            assertEquals("2030-01-01T00:00:00Z", offer.getString("payload.expiresAt"));
            assertEquals("b-only", staffB.next("alert.opened").getString("payload.alertId"));

            String toWorker = TestSocket.Markers.publish(bus, Audience.worker(a.tenant().id(), id(a, true)));
            String toStaff = TestSocket.Markers.publish(bus, Audience.staff(a.tenant().id()));
            String toCustomer = TestSocket.Markers.publish(bus, Audience.customer(a.tenant().id(), id(a, false)));
            assertEquals(List.of(), workerA.beforeMarker(toWorker, "dispatch.offer"));
            assertEquals(List.of(), staffA.beforeMarker(toStaff, "alert.opened"));
            assertEquals(List.of(), customerA.beforeMarker(toCustomer, "dispatch.offer"));
        }
    }

    @Test
    void messagesOfAnotherReplicaArriveThroughTheRedisChannel() {
        TwoTenants.Side a = two.a();
        TwoTenants.Side b = two.b();
        try (TestSocket staffA = TestSocket.open(base, "/ws/staff", TestSocket.dispatcher(a));
                TestSocket customerA = TestSocket.open(base, "/ws/app", a.customer().accessToken())) {
            // as another replica publishes: straight into the channel, nothing on this replica's bus
            redis.pubsub(String.class).publish(config.channel(), wire(b.tenant().id(), "STAFF", null, "alert.opened",
                    "{\"alertId\":\"of-b\"}"));
            redis.pubsub(String.class).publish(config.channel(), wire(b.tenant().id(), "CUSTOMER", id(a, false),
                    "order.updated", "{\"orderId\":\"of-b\"}"));
            redis.pubsub(String.class).publish(config.channel(), "not json at all");
            redis.pubsub(String.class).publish(config.channel(), wire(a.tenant().id(), "STAFF", null, "alert.opened",
                    "{\"alertId\":\"of-a\"}"));
            redis.pubsub(String.class).publish(config.channel(), wire(a.tenant().id(), "CUSTOMER", id(a, false),
                    "order.updated", "{\"orderId\":\"of-a\",\"status\":\"DEPARTED\"}"));

            List<JsonPath> staffGot = staffA.until("alert.opened");
            assertEquals(1, staffGot.stream().filter(j -> j.getString("type").equals("alert.opened")).count());
            assertEquals("of-a", staffGot.get(staffGot.size() - 1).getString("payload.alertId"));
            assertEquals("2026-01-02T03:04:05Z", staffGot.get(staffGot.size() - 1).getString("at"));
            JsonPath update = customerA.next("order.updated");
            assertEquals("of-a", update.getString("payload.orderId"));
            assertEquals("DEPARTED", update.getString("payload.status"));
        }
    }

    @Test
    void messagesTheServerDoesNotTakeAreAnsweredWithAnErrorFrame() {
        try (TestSocket staff = TestSocket.open(base, "/ws/staff", TestSocket.owner(two.a()));
                TestSocket customer = TestSocket.open(base, "/ws/app", two.a().customer().accessToken())) {
            staff.send("{not json");
            JsonPath malformed = staff.next("error");
            assertEquals("realtime-message-malformed", malformed.getString("payload.code"));
            assertEquals(400, malformed.getInt("payload.status"));
            staff.send("{\"type\":\"teleport\"}");
            JsonPath unknown = staff.next("error");
            assertEquals("realtime-message-unknown", unknown.getString("payload.code"));
            assertEquals("teleport", unknown.getString("payload.replyTo"));
            // positions come from workers only
            customer.send("{\"type\":\"position\",\"lat\":30.2,\"lng\":120.1}");
            assertEquals("realtime-message-unknown", customer.next("error").getString("payload.code"));
            assertTrue(staff.isOpen() && customer.isOpen());
        }
    }

    @Test
    void connectionsWhoseTokenExpiredAreClosed() {
        var fresh = io.hearth.platform.testing.AppUsers.customer(sms, two.a().tenant().slug());
        try (TestSocket staff = TestSocket.open(base, "/ws/staff", TestSocket.owner(two.a()));
                TestSocket customer = TestSocket.open(base, "/ws/app", fresh.accessToken())) {
            // the suite's staff tokens live 5 minutes, app tokens 15: in 5½ minutes only the staff token is dead
            expired.closeExpired(Instant.now().plusSeconds(330));
            assertEquals(4401, staff.closedWith());
            // the customer's connection was left open and is still delivered to
            String marker = TestSocket.Markers.publish(bus, Audience.customer(two.a().tenant().id(),
                    UUID.fromString(fresh.subjectId())));
            assertEquals(marker, customer.next(TestSocket.Markers.TYPE).getString("payload.id"));
        }
    }

    @Inject
    ExpiredSockets expired;

    static String wire(UUID tenant, String kind, UUID id, String type, String payload) {
        return "{\"tenantId\":\"" + tenant + "\",\"kind\":\"" + kind + "\"" + (id == null ? "" : ",\"id\":\"" + id + "\"")
                + ",\"type\":\"" + type + "\",\"at\":\"2026-01-02T03:04:05Z\",\"payload\":" + payload + "}";
    }
}
