package io.hearth.platform.file;

import io.hearth.platform.file.storage.FileStorage;
import io.hearth.platform.file.storage.FilesystemFileStorage;
import io.hearth.platform.file.storage.S3FileStorage;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Makes the {@link FileStorage} that {@code hearth.files.storage} names, at startup, so that missing
 * settings stop the instance instead of failing the first upload. Messages name the environment variable
 * to set and never contain a credential.
 */
@Singleton
public class FileStorageProducer {

    private static final Logger LOG = Logger.getLogger(FileStorageProducer.class);

    @Produces
    @Singleton
    @Startup
    FileStorage fileStorage(FilesConfig config) {
        return select(config);
    }

    static FileStorage select(FilesConfig config) {
        return switch (config.storage()) {
            case FILESYSTEM -> {
                var root = config.filesystem().root().orElseThrow(() -> missing("hearth.files.filesystem.root",
                        "HEARTH_FILES_FILESYSTEM_ROOT", "filesystem"));
                try {
                    FilesystemFileStorage storage = new FilesystemFileStorage(root);
                    LOG.infof("Uploaded files are stored in %s (one node only: other instances do not see them)",
                            storage.root());
                    yield storage;
                } catch (IOException e) {
                    throw new UncheckedIOException("hearth.files.filesystem.root cannot be used: " + root, e);
                }
            }
            case S3 -> {
                FilesConfig.S3 s3 = config.s3();
                S3FileStorage.Settings settings = new S3FileStorage.Settings(
                        s3.endpoint().orElseThrow(() -> missing("hearth.files.s3.endpoint", "HEARTH_FILES_S3_ENDPOINT", "s3")),
                        s3.region(),
                        require(s3.bucket(), "hearth.files.s3.bucket", "HEARTH_FILES_S3_BUCKET"),
                        s3.pathStyle(),
                        require(s3.accessKeyId(), "hearth.files.s3.access-key-id", "HEARTH_FILES_S3_ACCESS_KEY_ID"),
                        require(s3.secretAccessKey(), "hearth.files.s3.secret-access-key", "HEARTH_FILES_S3_SECRET_ACCESS_KEY"),
                        s3.connectTimeout(), s3.readTimeout());
                LOG.infof("Uploaded files are stored in %s", settings);
                yield new S3FileStorage(settings);
            }
        };
    }

    private static String require(Optional<String> value, String property, String env) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> missing(property, env, "s3"));
    }

    private static IllegalStateException missing(String property, String env, String storage) {
        return new IllegalStateException(property + " is required with hearth.files.storage=" + storage + " (set " + env + ")");
    }
}
