package io.hearth.platform.file;

import java.util.Locale;

/** Who uploaded a file: tenant staff (Keycloak), a worker or a customer (platform tokens). */
public enum UploaderKind {
    STAFF, WORKER, CUSTOMER;

    /** As stored in {@code stored_file.uploaded_by_kind}: staff, worker, customer. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UploaderKind of(String value) {
        for (UploaderKind k : values()) {
            if (k.value().equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("uploader kind must be staff, worker or customer: " + value);
    }
}
