package io.hearth.portal.admin;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2 contrast of white text on a brand colour (the mini program writes its header and buttons white on the
 * primary colour): below 4.5:1 fails level AA for normal text. The branding page's script computes the same.
 */
final class WhiteTextContrast {

    static final double AA = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private WhiteTextContrast() {
    }

    static boolean isColor(String hex) {
        return hex != null && HEX.matcher(hex).matches();
    }

    /** (1.0 + 0.05) / (L + 0.05) with L the colour's relative luminance; 1.0 to 21.0. */
    static double ratio(String hex) {
        if (!isColor(hex)) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        double l = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (l + 0.05);
    }

    static boolean failsAa(String hex) {
        return ratio(hex) < AA;
    }

    static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
