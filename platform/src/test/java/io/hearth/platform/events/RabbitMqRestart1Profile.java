package io.hearth.platform.events;

/** Phase 1 of the restart test: the RabbitMQ build (a profile of its own, so phase 2 gets a fresh application). */
public class RabbitMqRestart1Profile extends RabbitMqTransportProfile {
}
