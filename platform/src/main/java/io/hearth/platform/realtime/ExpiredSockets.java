package io.hearth.platform.realtime;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Closes connections whose access token has expired (code 4401, "token expired"): a WebSocket outlives the
 * short-lived token it was opened with, and must not keep delivering to a signed-out or suspended user for long.
 * The client reconnects with a fresh token. Runs on every replica over its own connections only.
 */
@ApplicationScoped
public class ExpiredSockets {

    static final CloseReason TOKEN_EXPIRED = new CloseReason(4401, "token expired");

    @Inject
    OpenConnections connections;

    @Inject
    Clock clock;

    @Scheduled(every = "${hearth.realtime.expiry-sweep:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        closeExpired(clock.instant());
    }

    /** Answers how many were closed. */
    public int closeExpired(Instant now) {
        int closed = 0;
        for (WebSocketConnection c : connections) {
            Long expiresAt = SocketAudiences.expiresAt(c);
            if (expiresAt != null && expiresAt <= now.getEpochSecond() && c.isOpen()) {
                c.close(TOKEN_EXPIRED).subscribe().with(ok -> {
                }, e -> {
                });
                closed++;
            }
        }
        return closed;
    }
}
