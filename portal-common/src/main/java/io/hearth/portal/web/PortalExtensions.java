package io.hearth.portal.web;

import io.hearth.portal.api.Texts;
import io.quarkus.qute.TemplateExtension;

/** Template helpers: {@code {order.totalFen.yuan}}. */
@TemplateExtension
public class PortalExtensions {

    static String yuan(long fen) {
        return Texts.yuan(fen);
    }

    static String yuan(Long fen) {
        return fen == null ? "" : Texts.yuan(fen);
    }

    /** Basis points as a percentage: 1250 → "12.5". */
    static String percent(int bp) {
        return java.math.BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
    }
}
