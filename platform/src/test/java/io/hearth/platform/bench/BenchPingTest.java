package io.hearth.platform.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;

class BenchPingTest {

    @Test
    void answersTheConstantOnlyWhenEnabled() {
        BenchPingResource ping = new BenchPingResource();
        assertThrows(NotFoundException.class, ping::ping);
        ping.enabled = true;
        assertEquals("ok", ping.ping().status());
    }
}
