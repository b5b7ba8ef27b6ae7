package io.hearth.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs the relay as soon as a transaction that emitted events commits, instead of waiting for its next scheduled
 * run (the scheduler's granularity is a second, which would be the lag of every event). Wake-ups coalesce: while
 * a run is under way, any number of commits cause one more run. The scheduled run stays, for events committed by
 * other replicas and for retries. Off when the relay is off ({@code hearth.events.relay.enabled=false}: tests
 * drive it by hand).
 */
@ApplicationScoped
public class RelayWakeup {

    private static final Logger LOG = Logger.getLogger(RelayWakeup.class);
    private static final Object MARKER = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    EventsConfig config;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay-wakeup");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();

    /** Called in the emitting transaction; the relay runs after it commits (once per transaction). */
    void afterCommit() {
        if (!config.relay().enabled() || transactions.getTransactionKey() == null
                || transactions.getResource(MARKER) != null) {
            return;
        }
        transactions.putResource(MARKER, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal();
                }
            }
        });
    }

    void signal() {
        if (pending.compareAndSet(false, true)) {
            try {
                runner.execute(() -> {
                    pending.set(false);
                    try {
                        relay.publishPending();
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "Relay run after commit failed; the scheduled run will pick the events up");
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pending.set(false); // shutting down
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        runner.shutdown();
    }
}
