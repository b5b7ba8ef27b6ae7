package io.hearth.platform.customer.staff;

import io.hearth.platform.shared.web.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of staff notes: a note of at most 1,000 characters (trimmed, blank = none), at most 10 tags of at most
 * 20 characters each — trimmed, blanks dropped, duplicates (ignoring case) dropped keeping the first spelling — and
 * the version the editor saw. Every broken rule is reported at once: 422 {@code customer-notes-invalid} with a
 * message per field ({@code note}, {@code tags}, {@code tags[i]}, {@code version}).
 */
final class StaffNotesCheck {

    static final int MAX_NOTE = 1000;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 20;

    record Checked(String note, List<String> tags, int version) {
    }

    private StaffNotesCheck() {
    }

    static Checked check(StaffCustomerDto.NotesInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE) {
            errors.put("note", "customer-note-too-long.field");
        }
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> raw = in.tags() == null ? List.of() : in.tags();
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            if (t == null || t.isBlank()) {
                continue;
            }
            t = t.strip();
            if (t.codePointCount(0, t.length()) > MAX_TAG) {
                errors.put("tags[" + i + "]", "customer-tag-too-long.field");
            } else if (seen.add(t.toLowerCase(Locale.ROOT))) {
                tags.add(t);
            }
        }
        if (tags.size() > MAX_TAGS) {
            errors.put("tags", "customer-tags-too-many.field");
        }
        if (in.version() == null || in.version() < 0) {
            errors.put("version", "customer-notes-version-required.field");
        }
        if (!errors.isEmpty()) {
            throw new ApiException(422, "customer-notes-invalid", errors);
        }
        return new Checked(note, List.copyOf(tags), in.version());
    }
}
