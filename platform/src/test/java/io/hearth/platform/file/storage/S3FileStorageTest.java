package io.hearth.platform.file.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.testing.FakeS3Server;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The S3 client against a fake store that re-verifies every signature, since no real S3 is reachable here. */
class S3FileStorageTest {

    private static final String KEY_ID = "AKIAHEARTHTEST000001";
    private static final String SECRET = "hearth/test+secret/key0000000000000000000";
    private static final String KEY = "8d7e4c1a-0000-4000-8000-000000000001/certificate/4f1b2c3d-0000-4000-8000-000000000002";

    private FakeS3Server s3;

    @BeforeEach
    void start() {
        s3 = FakeS3Server.start("hearth-files", "cn-north-1", KEY_ID, SECRET);
    }

    @AfterEach
    void stop() {
        s3.close();
    }

    private S3FileStorage storage(String secret) {
        return new S3FileStorage(settings(s3.endpoint(), true, secret));
    }

    private static S3FileStorage.Settings settings(URI endpoint, boolean pathStyle, String secret) {
        return new S3FileStorage.Settings(endpoint, "cn-north-1", "hearth-files", pathStyle, KEY_ID, secret,
                Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void putGetDeleteRoundTripWithSignaturesTheStoreAccepts() throws Exception {
        S3FileStorage storage = storage(SECRET);
        byte[] content = "%PDF-1.7 certificate".getBytes(StandardCharsets.US_ASCII);

        storage.put(KEY, new ByteArrayInputStream(content), content.length, "application/pdf", sha256(content));

        assertArrayEquals(content, s3.objects().get(KEY).content());
        assertEquals("application/pdf", s3.objects().get(KEY).contentType());
        try (InputStream in = storage.get(KEY)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        storage.delete(KEY);
        assertTrue(s3.objects().isEmpty());
        storage.delete(KEY); // deleting what is gone is fine
        assertThrows(NoSuchFileException.class, () -> storage.get(KEY));

        List<FakeS3Server.Received> received = s3.received();
        assertEquals(List.of("PUT", "GET", "DELETE", "DELETE", "GET"), received.stream().map(FakeS3Server.Received::method).toList());
        assertEquals("/hearth-files/" + KEY, received.get(0).path(), "path style: bucket in the path");
        for (FakeS3Server.Received r : received) {
            String authorization = r.headers().get("Authorization").get(0);
            assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + KEY_ID + "/"), authorization);
            assertFalse(r.headers().toString().contains(SECRET), "the secret key never travels");
        }
    }

    @Test
    void aWrongSecretIsRefusedAndTheErrorNamesNeitherUrlNorCredentials() {
        S3FileStorage storage = storage("not-the-secret");
        byte[] content = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1 };

        IOException e = assertThrows(IOException.class,
                () -> storage.put(KEY, new ByteArrayInputStream(content), content.length, "image/jpeg", sha256(content)));

        assertEquals("S3 PUT answered HTTP 403 SignatureDoesNotMatch", e.getMessage());
        assertTrue(s3.objects().isEmpty());
    }

    @Test
    void contentThatDoesNotMatchItsHashIsRefusedByTheStore() {
        byte[] content = "real content".getBytes(StandardCharsets.US_ASCII);

        IOException e = assertThrows(IOException.class, () -> storage(SECRET).put(KEY,
                new ByteArrayInputStream(content), content.length, "image/png", sha256("other".getBytes(StandardCharsets.US_ASCII))));

        assertEquals("S3 PUT answered HTTP 400 XAmzContentSHA256Mismatch", e.getMessage());
        assertTrue(s3.objects().isEmpty());
    }

    @Test
    void aClockFarOffIsRefusedAsS3Would() {
        Clock lastYear = Clock.fixed(Instant.now().minus(Duration.ofDays(365)), ZoneOffset.UTC);
        S3FileStorage storage = new S3FileStorage(settings(s3.endpoint(), true, SECRET), lastYear);

        IOException e = assertThrows(IOException.class, () -> storage.get(KEY));

        assertEquals("S3 GET answered HTTP 403 RequestTimeTooSkewed", e.getMessage());
    }

    @Test
    void anOutageIsAnIOExceptionWithTheStatus() {
        s3.outage(503);

        IOException e = assertThrows(IOException.class, () -> storage(SECRET).get(KEY));

        assertEquals("S3 GET answered HTTP 503 ServiceUnavailable", e.getMessage());
    }

    @Test
    void virtualHostStylePutsTheBucketInTheHostName() {
        S3FileStorage aws = new S3FileStorage(settings(URI.create("https://s3.cn-north-1.amazonaws.com.cn"), false, SECRET));
        URI uri = aws.objectUri("t/avatar/x.1");
        assertEquals(URI.create("https://hearth-files.s3.cn-north-1.amazonaws.com.cn/t/avatar/x.1"), uri);
        assertEquals("hearth-files.s3.cn-north-1.amazonaws.com.cn", S3FileStorage.hostHeader(uri));

        S3FileStorage minio = new S3FileStorage(settings(URI.create("http://minio:9000/"), true, SECRET));
        URI pathStyle = minio.objectUri("t/avatar/x.1");
        assertEquals(URI.create("http://minio:9000/hearth-files/t/avatar/x.1"), pathStyle);
        assertEquals("minio:9000", S3FileStorage.hostHeader(pathStyle));
        assertEquals("example.com", S3FileStorage.hostHeader(URI.create("http://example.com:80/x")));
    }

    @Test
    void traversalKeysAreRefusedBeforeAnyRequest() {
        S3FileStorage storage = storage(SECRET);
        for (String key : List.of("../other-bucket/x", "a/../../b", "/abs", "a//b", "")) {
            assertThrows(IllegalArgumentException.class, () -> storage.get(key), key);
        }
        assertTrue(s3.received().isEmpty());
    }

    @Test
    void settingsNeverShowTheSecret() {
        S3FileStorage.Settings settings = settings(s3.endpoint(), true, SECRET);
        assertFalse(settings.toString().contains(SECRET), settings.toString());
        assertFalse(storage(SECRET).toString().contains(SECRET));
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
