package io.hearth.platform.payment.sandbox;

import io.hearth.platform.payment.NotifyUrls;
import io.hearth.platform.payment.PaymentConfig;
import io.hearth.platform.shared.http.NoAnswerException;
import io.hearth.platform.shared.http.ThirdPartyAnswer;
import io.hearth.platform.shared.http.ThirdPartyHttp;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Delivers the sandbox's notifications to this platform's own notify endpoints, later and off the caller's thread
 * (a Vert.x timer, then a worker thread for the blocking HTTP call), retrying a few times like a provider does.
 */
@ApplicationScoped
public class SandboxNotifier {

    private static final Logger LOG = Logger.getLogger(SandboxNotifier.class);
    static final int ATTEMPTS = 3;

    public record Signed(String body, Map<String, String> headers) {
    }

    @Inject
    Vertx vertx;

    @Inject
    NotifyUrls urls;

    @Inject
    PaymentConfig config;

    private final ThirdPartyHttp http = new ThirdPartyHttp(Duration.ofSeconds(2), Duration.ofSeconds(10));

    public void send(String path, Signed notification) {
        schedule(path, notification, 1, config.sandbox().notifyDelay());
    }

    private void schedule(String path, Signed notification, int attempt, Duration delay) {
        vertx.setTimer(Math.max(1, delay.toMillis()), id -> vertx.executeBlocking(() -> {
            deliver(path, notification, attempt);
            return null;
        }, false));
    }

    private void deliver(String path, Signed notification, int attempt) {
        Map<String, String> headers = new HashMap<>(notification.headers());
        headers.put("Content-Type", "application/json");
        String outcome;
        try {
            ThirdPartyAnswer answer = http.post(urls.local(path), headers, notification.body());
            if (answer.successful()) {
                return;
            }
            outcome = answer.describe();
        } catch (NoAnswerException | RuntimeException e) {
            outcome = e.getMessage();
        }
        if (attempt < ATTEMPTS) {
            LOG.warnf("Sandbox notification to %s not accepted (%s); retrying", path, outcome);
            schedule(path, notification, attempt + 1, config.sandbox().notifyDelay().multipliedBy(2L * attempt));
        } else {
            LOG.errorf("Sandbox notification to %s not accepted after %d attempts (%s)", path, ATTEMPTS, outcome);
        }
    }
}
