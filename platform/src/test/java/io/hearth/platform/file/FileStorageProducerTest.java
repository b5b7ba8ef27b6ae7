package io.hearth.platform.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.file.storage.FilesystemFileStorage;
import io.hearth.platform.file.storage.S3FileStorage;
import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hearth.files.storage picks the implementation; missing settings stop startup naming the variable, not a secret. */
class FileStorageProducerTest {

    private static final String SECRET = "s3-secret-value";

    @TempDir
    Path tmp;

    @Test
    void filesystemIsTheDefaultAndUsesItsRoot() {
        var storage = FileStorageProducer.select(config(FilesConfig.Storage.FILESYSTEM, Optional.of(tmp.resolve("files")), s3(true)));

        FilesystemFileStorage fs = assertInstanceOf(FilesystemFileStorage.class, storage);
        assertEquals(tmp.resolve("files").toAbsolutePath(), fs.root());
    }

    @Test
    void filesystemWithoutRootFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FileStorageProducer.select(config(FilesConfig.Storage.FILESYSTEM, Optional.empty(), s3(true))));
        assertTrue(e.getMessage().contains("HEARTH_FILES_FILESYSTEM_ROOT"), e.getMessage());
    }

    @Test
    void s3WithItsSettingsIsTheS3Client() {
        var storage = FileStorageProducer.select(config(FilesConfig.Storage.S3, Optional.empty(), s3(true)));

        assertInstanceOf(S3FileStorage.class, storage);
        assertFalse(storage.toString().contains(SECRET));
    }

    @Test
    void s3WithoutCredentialsFailsNamingTheSettingButNoSecret() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FileStorageProducer.select(config(FilesConfig.Storage.S3, Optional.empty(), s3(false))));
        assertTrue(e.getMessage().contains("HEARTH_FILES_S3_ACCESS_KEY_ID"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    }

    static FilesConfig config(FilesConfig.Storage kind, Optional<Path> root, FilesConfig.S3 s3) {
        return new FilesConfig() {
            public Storage storage() {
                return kind;
            }

            public Filesystem filesystem() {
                return () -> root;
            }

            public S3 s3() {
                return s3;
            }

            public MaxSize maxSize() {
                return new MaxSize() {
                    public MemorySize image() {
                        return new MemorySize(BigInteger.valueOf(5L << 20));
                    }

                    public MemorySize pdf() {
                        return new MemorySize(BigInteger.valueOf(10L << 20));
                    }

                    public MemorySize logo() {
                        return new MemorySize(BigInteger.valueOf(1L << 20));
                    }
                };
            }
        };
    }

    static FilesConfig.S3 s3(boolean withKeyId) {
        return new FilesConfig.S3() {
            public Optional<URI> endpoint() {
                return Optional.of(URI.create("http://127.0.0.1:9000"));
            }

            public String region() {
                return "us-east-1";
            }

            public Optional<String> bucket() {
                return Optional.of("hearth");
            }

            public boolean pathStyle() {
                return true;
            }

            public Optional<String> accessKeyId() {
                return withKeyId ? Optional.of("AKIAEXAMPLE") : Optional.empty();
            }

            public Optional<String> secretAccessKey() {
                return Optional.of(SECRET);
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            public Duration readTimeout() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
