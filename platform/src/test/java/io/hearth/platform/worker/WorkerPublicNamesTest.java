package io.hearth.platform.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customary names and the weekly-window rules: pure functions. */
class WorkerPublicNamesTest {

    @Test
    void chineseNamesBecomeSurnamePlusTitle() {
        assertEquals("王阿姨", CustomaryName.of("王芳", Gender.FEMALE));
        assertEquals("李师傅", CustomaryName.of(" 李建国 ", Gender.MALE));
        assertEquals("欧阳阿姨", CustomaryName.of("欧阳娜娜", Gender.FEMALE));
        assertEquals("欧师傅", CustomaryName.of("欧阳", Gender.MALE));
    }

    @Test
    void latinNamesBecomeFirstNamePlusInitial() {
        assertEquals("Maria L.", CustomaryName.of("Maria Lopez", Gender.FEMALE));
        assertEquals("Anna M.", CustomaryName.of("Anna van der meer", Gender.FEMALE));
        assertEquals("Tom", CustomaryName.of("Tom", Gender.MALE));
        assertNull(CustomaryName.of(" ", Gender.MALE));
    }

    @Test
    void windowsTouchingEndToEndDoNotOverlap() {
        var morning = new WeeklyWindows.Window(1, 8 * 60, 12 * 60);
        var afternoon = new WeeklyWindows.Window(1, 12 * 60, 18 * 60);
        var tuesday = new WeeklyWindows.Window(2, 9 * 60, 10 * 60);
        assertEquals(List.of(), WeeklyWindows.overlaps(List.of(afternoon, morning, tuesday)));
        var lunch = new WeeklyWindows.Window(1, 11 * 60, 13 * 60);
        assertEquals(2, WeeklyWindows.overlaps(List.of(morning, afternoon, lunch)).size());
    }

    @Test
    void midnightAsAnEndIsTheEndOfTheDay() {
        assertEquals(WeeklyWindows.END_OF_DAY, WeeklyWindows.endMinute(LocalTime.MIDNIGHT));
        assertEquals(0, WeeklyWindows.startMinute(LocalTime.MIDNIGHT));
        assertEquals(LocalTime.MIDNIGHT, WeeklyWindows.time(WeeklyWindows.END_OF_DAY));
    }
}
