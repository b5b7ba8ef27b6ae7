package io.hearth.platform.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every problem message exists in every language we answer in. */
class ProblemBundlesTest {

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemBundlesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> en = keys("/i18n/problems.properties");
        Set<String> zh = keys("/i18n/problems_zh_CN.properties");
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys without a Chinese message");
        assertEquals(Set.of(), onlyZh, "keys without an English message");
    }

    /**
     * MessageFormat treats a single quote as the start of literal text: "the order's {1}" would print "{1}" as is.
     * Every argument a message names must come out formatted.
     */
    @Test
    void everyArgumentAMessageNamesIsFormatted() throws IOException {
        for (String resource : new String[] {"/i18n/problems.properties", "/i18n/problems_zh_CN.properties"}) {
            Properties p = new Properties();
            try (InputStream in = ProblemBundlesTest.class.getResourceAsStream(resource)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> broken = new TreeSet<>();
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                Object[] args = new Object[10];
                java.util.Arrays.fill(args, "ARG");
                String out = new java.text.MessageFormat(pattern, java.util.Locale.ROOT).format(args);
                if (java.util.regex.Pattern.compile("\\{\\d").matcher(out).find()) {
                    broken.add(key);
                }
            }
            assertEquals(Set.of(), broken, resource + ": messages whose arguments are not formatted (escape ' as '')");
        }
    }
}
