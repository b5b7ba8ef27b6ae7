package io.hearth.platform.file.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilesystemFileStorageTest {

    @TempDir
    Path tmp;

    private static final byte[] CONTENT = "png bytes".getBytes(StandardCharsets.US_ASCII);

    @Test
    void storesReadsAndDeletesUnderTheRoot() throws Exception {
        FilesystemFileStorage storage = new FilesystemFileStorage(tmp.resolve("files"));

        storage.put("tenant-a/avatar/f1", new ByteArrayInputStream(CONTENT), CONTENT.length, "image/png",
                S3FileStorageTest.sha256(CONTENT));

        assertArrayEquals(CONTENT, Files.readAllBytes(tmp.resolve("files/tenant-a/avatar/f1")));
        try (InputStream in = storage.get("tenant-a/avatar/f1")) {
            assertArrayEquals(CONTENT, in.readAllBytes());
        }
        storage.delete("tenant-a/avatar/f1");
        storage.delete("tenant-a/avatar/f1");
        assertThrows(NoSuchFileException.class, () -> storage.get("tenant-a/avatar/f1"));
    }

    @Test
    void contentNotMatchingItsHashOrLengthIsNotKeptNotEvenAsATemporaryFile() throws Exception {
        FilesystemFileStorage storage = new FilesystemFileStorage(tmp);
        String otherHash = S3FileStorageTest.sha256("other".getBytes(StandardCharsets.US_ASCII));

        assertThrows(IOException.class, () -> storage.put("t/avatar/f2", new ByteArrayInputStream(CONTENT), CONTENT.length,
                "image/png", otherHash));
        assertThrows(IOException.class, () -> storage.put("t/avatar/f2", new ByteArrayInputStream(CONTENT), CONTENT.length + 1,
                "image/png", S3FileStorageTest.sha256(CONTENT)));

        try (Stream<Path> all = Files.walk(tmp)) {
            assertEquals(List.of(), all.filter(Files::isRegularFile).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "../escape", "a/../../escape", "/etc/passwd", "a/./b", "a//b", ".hidden", "a\\..\\b",
            "a/b/", "", " a", "a/..", "%2e%2e/x" })
    void refusesKeysThatCouldLeaveTheRoot(String key) throws Exception {
        FilesystemFileStorage storage = new FilesystemFileStorage(tmp.resolve("root"));

        assertThrows(IllegalArgumentException.class, () -> storage.put(key, new ByteArrayInputStream(CONTENT), CONTENT.length,
                "image/png", S3FileStorageTest.sha256(CONTENT)));
        assertThrows(IllegalArgumentException.class, () -> storage.get(key));
        assertThrows(IllegalArgumentException.class, () -> storage.delete(key));
        try (Stream<Path> all = Files.walk(tmp)) {
            assertFalse(all.anyMatch(Files::isRegularFile));
        }
    }

    @Test
    void aNullKeyIsRefusedToo() throws Exception {
        FilesystemFileStorage storage = new FilesystemFileStorage(tmp);
        assertThrows(IllegalArgumentException.class, () -> storage.get(null));
        assertTrue(Files.isDirectory(storage.root()));
    }
}
