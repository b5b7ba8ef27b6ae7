package io.hearth.platform.worker;

import java.util.Set;

/**
 * How customers see a worker's name: Chinese names as surname + 阿姨 (women) or 师傅 (men), e.g.
 * 王芳 -> 王阿姨, 欧阳明 -> 欧阳师傅; Latin names as first name + initial, e.g. Maria Lopez -> Maria L.
 */
public final class CustomaryName {

    /** The common two-character surnames; every other Chinese name has a one-character surname. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐",
            "慕容", "尉迟", "长孙", "宇文", "公孙", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "申屠", "司徒");

    private CustomaryName() {
    }

    public static String of(String fullName, Gender gender) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        String name = fullName.strip();
        if (Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN) {
            String surname = name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2))
                    ? name.substring(0, 2)
                    : name.substring(0, Character.charCount(name.codePointAt(0)));
            return surname + (gender == Gender.FEMALE ? "阿姨" : "师傅");
        }
        String[] parts = name.split("\\s+");
        if (parts.length == 1) {
            return parts[0];
        }
        String last = parts[parts.length - 1];
        return parts[0] + " " + last.substring(0, Character.charCount(last.codePointAt(0))).toUpperCase() + ".";
    }
}
