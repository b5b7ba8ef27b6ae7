package io.hearth.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** WCAG 2 contrast of white text on a colour, at the AA boundary (4.5:1). */
class WhiteTextContrastTest {

    @Test
    void theExtremesAndTheAaBoundary() {
        assertEquals(21.0, WhiteTextContrast.ratio("#000000"), 1e-9);
        assertEquals(1.0, WhiteTextContrast.ratio("#FFFFFF"), 1e-9);
        assertEquals("4.54", WhiteTextContrast.format(WhiteTextContrast.ratio("#767676")));
        assertFalse(WhiteTextContrast.failsAa("#767676"));
        assertTrue(WhiteTextContrast.failsAa("#777777"));
    }

    @Test
    void brandColours() {
        assertEquals("5.18", WhiteTextContrast.format(WhiteTextContrast.ratio("#c2410c")));
        assertTrue(WhiteTextContrast.failsAa("#0a7cff"));
        assertFalse(WhiteTextContrast.failsAa("#7C2D12"));
    }

    @Test
    void onlyHexColoursAreColours() {
        assertTrue(WhiteTextContrast.isColor("#C2410c"));
        assertFalse(WhiteTextContrast.isColor("c2410c"));
        assertFalse(WhiteTextContrast.isColor("#c2410"));
        assertFalse(WhiteTextContrast.isColor(null));
        assertThrows(IllegalArgumentException.class, () -> WhiteTextContrast.ratio("red"));
    }
}
