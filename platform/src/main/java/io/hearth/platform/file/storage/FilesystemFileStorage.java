package io.hearth.platform.file.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files in a directory of this machine, at {@code <root>/<key>}. For ONE node: instances do not see each
 * other's files. Writes go to a temporary file next to the target and are moved into place atomically, so a
 * reader never sees half a file; temporary names start with a dot and are therefore never valid keys.
 */
public class FilesystemFileStorage implements FileStorage {

    private final Path root;

    public FilesystemFileStorage(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize()).toRealPath();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType, String sha256) throws IOException {
        Path target = resolve(key);
        Path dir = Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(dir, ".upload-", ".tmp");
        try {
            MessageDigest digest = sha256();
            long written;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                written = content.transferTo(out);
            }
            if (written != length || !HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(sha256)) {
                throw new IOException("content does not match its announced length and SHA-256");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream get(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** The key's path; the pattern already excludes traversal, the prefix check is the second lock. */
    Path resolve(String key) {
        Path path = root.resolve(FileStorage.requireValidKey(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("invalid storage key");
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
