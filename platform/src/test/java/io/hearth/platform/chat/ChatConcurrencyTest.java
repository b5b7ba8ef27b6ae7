package io.hearth.platform.chat;

import static io.hearth.platform.chat.ChatFixtures.get;
import static io.hearth.platform.chat.ChatFixtures.orderWithWorker;
import static io.hearth.platform.chat.ChatFixtures.text;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.testing.AppUsers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Messages sent at the same time by both participants get gapless, distinct seqs; a racing resend is stored once. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ChatConcurrencyTest {

    @Inject
    OrderWorld fixtures;

    @Test
    void concurrentSendsGetGaplessSeqsAndConcurrentResendsOneMessage() throws Exception {
        OrderWorld.Side a = fixtures.pair().a();
        UUID order = orderWithWorker(fixtures, a, 60);
        String app = "/api/app/orders/" + order + "/conversation/messages";
        String wk = "/api/worker/orders/" + order + "/conversation/messages";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> sends = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                AppUsers.Session who = i % 2 == 0 ? a.side().customer() : a.side().worker();
                String path = i % 2 == 0 ? app : wk;
                String body = "message " + i;
                sends.add(() -> as(who).body(text(body)).when().post(path));
            }
            Set<Long> seqs = new TreeSet<>();
            for (Future<Response> f : pool.invokeAll(sends)) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                seqs.add(r.jsonPath().getLong("seq"));
            }
            assertEquals(LongStream.rangeClosed(1, 12).boxed().collect(Collectors.toCollection(TreeSet::new)), seqs);

            List<Callable<Response>> resends = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                resends.add(() -> as(a.side().customer()).body(text("once", "race-1")).when().post(app));
            }
            List<Integer> statuses = new ArrayList<>();
            Set<String> ids = new TreeSet<>();
            for (Future<Response> f : pool.invokeAll(resends)) {
                Response r = f.get();
                statuses.add(r.statusCode());
                ids.add(r.jsonPath().getString("id"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, ids.size());
            assertEquals(13, get(a.side().customer(), "/api/app/orders/" + order + "/conversation").getInt("lastMessageSeq"));
        } finally {
            pool.shutdownNow();
        }
    }
}
