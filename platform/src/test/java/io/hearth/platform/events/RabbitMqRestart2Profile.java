package io.hearth.platform.events;

/** Phase 2 of the restart test: same broker, exchange and queue as phase 1, in a new application instance. */
public class RabbitMqRestart2Profile extends RabbitMqTransportProfile {
}
