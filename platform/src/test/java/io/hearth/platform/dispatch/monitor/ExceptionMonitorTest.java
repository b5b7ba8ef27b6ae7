package io.hearth.platform.dispatch.monitor;

import static io.hearth.platform.dispatch.monitor.MonitorWorld.step;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.events.OutboxRelay;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeMessage;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given orders moved by their worker, when the monitor scans at chosen times, then each kind of alert appears
 * exactly when its threshold (default rules: 15 / 30 / 15 / 50 %) passes, once however often it scans, and is
 * resolved automatically by the event that clears it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ExceptionMonitorTest {

    @Inject
    OrderWorld fixtures;

    @Inject
    MonitorWorld world;

    @Inject
    ExceptionMonitor monitor;

    @Inject
    OutboxRelay relay;

    @Inject
    RealtimeRecorder realtime;

    static OrderWorld.Pair pair;

    @BeforeEach
    void setUp() {
        if (pair == null) {
            pair = fixtures.pair();
        }
    }

    private static Instant minutes(Instant base, long m) {
        return base.plus(Duration.ofMinutes(m));
    }

    @Test
    void aPaidOrderNobodyAcceptsRaisesUnacceptedAfterFifteenMinutesOnceAndAcceptanceResolvesIt() {
        OrderWorld.Side a = pair.a();
        UUID order = OrderWorld.order(a, fixtures.quote(a, a.worker(), MonitorWorld.nextStart(), 12_000));
        OrderWorld.payInSandbox(a, order);
        Instant since = world.dispatchableSince(order);

        monitor.scan(minutes(since, 14));
        assertEquals(List.of(), world.alerts(order));

        monitor.scan(minutes(since, 15));
        monitor.scan(minutes(since, 16));
        List<MonitorWorld.Row> alerts = world.alerts(order);
        assertEquals(1, alerts.size());
        assertEquals(AlertKind.UNACCEPTED, alerts.get(0).kind());
        assertEquals(AlertState.OPEN, alerts.get(0).state());
        UUID alert = alerts.get(0).id();

        step(a.side().worker(), order, "accept");
        relay.publishPending();

        MonitorWorld.Row resolved = world.alerts(order).get(0);
        assertEquals(AlertState.RESOLVED, resolved.state());
        assertTrue(resolved.automatic());
        assertTrue(resolved.note().contains("order.accepted"), resolved.note());
        relay.publishPending(); // a second delivery round changes nothing
        assertEquals(1, world.alerts(order).size());

        List<RealtimeMessage> pushed = realtime.aboutAlert(alert);
        assertEquals(List.of("alert.opened", "alert.resolved"), pushed.stream().map(RealtimeMessage::type).toList());
        assertEquals(Audience.staff(a.tenantId()), pushed.get(0).to());
        assertEquals("UNACCEPTED", pushed.get(0).payload().get("kind"));
        assertEquals(order.toString(), pushed.get(0).payload().get("orderId"));
        assertEquals(1, world.count("select count(*) from outbox_event where aggregate_id = ? and type = 'alert.opened'",
                alert.toString()));
        assertEquals(1, world.count("select count(*) from outbox_event where aggregate_id = ? and type = 'alert.resolved'",
                alert.toString()));
    }

    @Test
    void notDepartedThenLateThenOverrunEachAtItsThresholdAndClearedByTheNextStep() {
        OrderWorld.Side a = pair.a();
        AppUsers.Session worker = a.side().worker();
        Instant start = MonitorWorld.nextStart();
        UUID order = world.accepted(a, start);

        monitor.scan(minutes(start, -31));
        assertEquals(List.of(), world.alerts(order));
        monitor.scan(minutes(start, -30));
        monitor.scan(minutes(start, -29));
        assertEquals(1, world.alerts(order, AlertKind.NOT_DEPARTED).size());
        assertEquals(AlertState.OPEN, world.alerts(order, AlertKind.NOT_DEPARTED).get(0).state());

        step(worker, order, "depart");
        relay.publishPending();
        MonitorWorld.Row notDeparted = world.alerts(order, AlertKind.NOT_DEPARTED).get(0);
        assertEquals(AlertState.RESOLVED, notDeparted.state());
        assertTrue(notDeparted.note().contains("order.departed"), notDeparted.note());

        monitor.scan(minutes(start, 14));
        assertEquals(List.of(), world.alerts(order, AlertKind.LATE_ARRIVAL));
        monitor.scan(minutes(start, 15));
        monitor.scan(minutes(start, 20));
        assertEquals(1, world.alerts(order, AlertKind.LATE_ARRIVAL).size());
        assertEquals(1, world.alerts(order, AlertKind.NOT_DEPARTED).size(), "departed: not raised again");

        step(worker, order, "arrive");
        relay.publishPending();
        assertEquals(AlertState.RESOLVED, world.alerts(order, AlertKind.LATE_ARRIVAL).get(0).state());

        step(worker, order, "start");
        Instant started = world.startedAt(order); // 120 minutes expected, +50 %: 180 minutes
        monitor.scan(minutes(started, 179));
        assertEquals(List.of(), world.alerts(order, AlertKind.OVERRUN));
        monitor.scan(minutes(started, 180));
        assertEquals(1, world.alerts(order, AlertKind.OVERRUN).size());

        as(worker).body(Map.of("reason", "customer asked")).when().post("/api/worker/orders/" + order + "/pause")
                .then().statusCode(200);
        relay.publishPending();
        monitor.scan(minutes(started, 200));
        assertEquals(1, world.alerts(order, AlertKind.OVERRUN).size());
        assertEquals(AlertState.OPEN, world.alerts(order, AlertKind.OVERRUN).get(0).state(), "paused: still overrunning");

        step(worker, order, "resume");
        as(worker).body(Map.of("actualMinutes", 200)).when().post("/api/worker/orders/" + order + "/complete")
                .then().statusCode(200);
        relay.publishPending();
        MonitorWorld.Row overrun = world.alerts(order, AlertKind.OVERRUN).get(0);
        assertEquals(AlertState.RESOLVED, overrun.state());
        assertTrue(overrun.note().contains("order.completed"), overrun.note());
        assertEquals(3, world.alerts(order).size());
    }

    @Test
    void anAcceptedOrderNeverDepartedIsLateTooAndCancellationResolvesBoth() {
        OrderWorld.Side a = pair.a();
        Instant start = MonitorWorld.nextStart();
        UUID order = world.accepted(a, start);

        monitor.scan(minutes(start, 15));
        assertEquals(1, world.alerts(order, AlertKind.NOT_DEPARTED).size());
        assertEquals(1, world.alerts(order, AlertKind.LATE_ARRIVAL).size());

        as(a.side().dispatcherToken()).body(Map.of("reason", "worker unreachable", "waiveFee", true))
                .when().post("/api/tenant/orders/" + order + "/cancel").then().statusCode(200);
        relay.publishPending();
        assertTrue(world.alerts(order).stream().allMatch(r -> r.state() == AlertState.RESOLVED && r.automatic()));
        monitor.scan(minutes(start, 16));
        assertEquals(2, world.alerts(order).size(), "a cancelled order is not watched");
    }

    @Test
    void rescheduledLaterTheOldStartsAlertIsResolvedAndTheNewStartIsWatched() {
        OrderWorld.Side a = pair.a();
        Instant start = MonitorWorld.nextStart();
        UUID order = world.accepted(a, start);
        monitor.scan(minutes(start, -30));
        assertEquals(1, world.alerts(order, AlertKind.NOT_DEPARTED).size());

        Instant later = MonitorWorld.nextStart();
        as(a.side().dispatcherToken()).body(Map.of("start", later.toString(), "reason", "customer asked"))
                .when().post("/api/tenant/orders/" + order + "/reschedule").then().statusCode(200);
        relay.publishPending();
        MonitorWorld.Row old = world.alerts(order, AlertKind.NOT_DEPARTED).get(0);
        assertEquals(AlertState.RESOLVED, old.state());
        assertTrue(old.note().contains("order.rescheduled"), old.note());

        monitor.scan(minutes(later, -31));
        assertEquals(1, world.alerts(order, AlertKind.NOT_DEPARTED).size());
        monitor.scan(minutes(later, -30));
        assertEquals(2, world.alerts(order, AlertKind.NOT_DEPARTED).size(), "a new episode: a new alert");
    }

    @Test
    void twoScansAtOnceRaiseOneAlert() throws Exception {
        OrderWorld.Side a = pair.a();
        Instant start = MonitorWorld.nextStart();
        UUID order = world.accepted(a, start);
        Instant at = minutes(start, -30);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> scans = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return monitor.scan(at);
                    }, pool)).toList();
            for (CompletableFuture<Integer> s : scans) {
                s.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<MonitorWorld.Row> alerts = world.alerts(order, AlertKind.NOT_DEPARTED);
        assertEquals(1, alerts.size());
        assertEquals(1, world.count("select count(*) from outbox_event where aggregate_id = ? and type = 'alert.opened'",
                alerts.get(0).id().toString()));
    }
}
