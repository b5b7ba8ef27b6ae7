package io.hearth.platform.shared.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock jobs and services inject, so that tests can run them at a chosen time. UTC; zones are per tenant. */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
