package io.hearth.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.portal.api.AvailabilityApi;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerWeekGridTest {

    @Test
    void everyWeekdayFromMondayWithItsWindowsInOrderPlacedOnTheDaysHours() {
        WorkerWeekGrid grid = WorkerWeekGrid.of(List.of(
                new AvailabilityApi.Window(3, LocalTime.of(14, 0), LocalTime.of(18, 30)),
                new AvailabilityApi.Window(3, LocalTime.of(6, 0), LocalTime.of(12, 0)),
                new AvailabilityApi.Window(7, LocalTime.of(18, 0), LocalTime.MIDNIGHT)));
        assertEquals(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                grid.days().stream().map(WorkerWeekGrid.Day::weekday).toList());
        assertEquals(List.of(), grid.days().get(0).blocks());
        assertEquals(List.of(new WorkerWeekGrid.Block("06:00–12:00", "25.000", "25.000"),
                new WorkerWeekGrid.Block("14:00–18:30", "58.333", "18.750")), grid.days().get(2).blocks());
        assertEquals(List.of(new WorkerWeekGrid.Block("18:00–24:00", "75.000", "25.000")), grid.days().get(6).blocks());
    }

    @Test
    void noWindowsIsAnEmptyWeek() {
        assertEquals(7, WorkerWeekGrid.of(null).days().size());
        assertEquals(0, WorkerWeekGrid.of(List.of()).days().stream().mapToInt(d -> d.blocks().size()).sum());
    }
}
