package io.hearth.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a submitted form: a general message and messages by field name. Filled by the portal's own checks
 * (a number that is not one) and by the platform's validation answer, whose field names the forms reuse.
 */
public class FormErrors {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String general;

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors field(String name, String message) {
        fields.merge(name, message, (a, b) -> a + " " + b);
        return this;
    }

    public FormErrors general(String message) {
        this.general = message;
        return this;
    }

    /** Adds what the platform answered; false if the failure was not a refusal of the platform. */
    public FormErrors platform(PlatformProblem problem) {
        if (problem != null) {
            problem.fieldErrors().forEach(this::field);
            general = problem.detail();
        }
        return this;
    }

    public boolean any() {
        return general != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The message for a field, or "" (templates print it unconditionally). */
    public String of(String field) {
        return fields.getOrDefault(field, "");
    }

    public String general() {
        return general;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
