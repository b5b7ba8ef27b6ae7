package io.hearth.platform.file;

import java.util.UUID;

/**
 * Implemented by a feature that points at files from a table the database cannot link to {@code stored_file} (the
 * tenant's logo): deleting a file it still uses is refused with 409 {@code file-in-use} instead of leaving a
 * reference to nothing. Asked inside the deletion's transaction, in the file's tenant ({@code TenantContext}).
 */
public interface FileInUse {

    boolean uses(UUID fileId, Purpose purpose);
}
