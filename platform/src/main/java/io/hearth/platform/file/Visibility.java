package io.hearth.platform.file;

/** Who of the tenant may read a file besides its uploader and the tenant's staff. */
public enum Visibility {
    /** Anyone of the tenant, including anonymous mini-program visitors who name the tenant. */
    PUBLIC,
    /** Only the uploader and the tenant's staff. */
    PRIVATE
}
