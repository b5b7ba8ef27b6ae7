package io.hearth.platform.file.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;

/**
 * Stores content by key. Keys are relative paths of segments made of letters, digits, {@code . _ -}, each
 * starting with a letter or digit (so never {@code ..}, never absolute); both implementations refuse others.
 */
public interface FileStorage {

    /**
     * Stores {@code length} bytes read from {@code content} under {@code key}, replacing what was there. The
     * object appears whole or not at all.
     *
     * @param sha256 hex SHA-256 of the content, computed by the caller: the store verifies it (the filesystem
     *        while writing, S3 through the signed payload hash)
     */
    void put(String key, InputStream content, long length, String contentType, String sha256) throws IOException;

    /** The content under {@code key}; the caller closes it. {@link NoSuchFileException} when there is none. */
    InputStream get(String key) throws IOException;

    /** Removes the content under {@code key}; nothing happens when there is none. */
    void delete(String key) throws IOException;

    Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9][A-Za-z0-9._-]{0,127}){0,7}");

    static String requireValidKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid storage key");
        }
        return key;
    }
}
