package io.hearth.platform.file;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code hearth.files.*}: where uploaded files are kept and how large they may be (see application.properties). */
@ConfigMapping(prefix = "hearth.files")
public interface FilesConfig {

    @WithDefault("filesystem")
    Storage storage();

    Filesystem filesystem();

    S3 s3();

    MaxSize maxSize();

    enum Storage {
        /** A directory of this machine: one node only (the files are not shared between instances). */
        FILESYSTEM,
        /** An S3-compatible object store (AWS S3, MinIO, Aliyun OSS, Tencent COS, ...). */
        S3
    }

    interface Filesystem {
        /** Required with storage=filesystem; created when missing. */
        Optional<Path> root();
    }

    interface S3 {
        /** e.g. https://s3.eu-central-1.amazonaws.com or http://minio:9000. Required with storage=s3. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** Required with storage=s3. */
        Optional<String> bucket();

        /** true: {@code <endpoint>/<bucket>/<key>} (MinIO); false: {@code <bucket>.<endpoint host>/<key>}. */
        @WithDefault("false")
        boolean pathStyle();

        /** Required with storage=s3; deliberately without a default, never logged. */
        Optional<String> accessKeyId();

        /** Required with storage=s3; deliberately without a default, never logged. */
        Optional<String> secretAccessKey();

        @WithDefault("2s")
        Duration connectTimeout();

        /** How long to wait for the store's answer (for an upload: after sending it). */
        @WithDefault("30s")
        Duration readTimeout();
    }

    interface MaxSize {
        /** Largest JPEG, PNG or WebP. */
        @WithDefault("5M")
        MemorySize image();

        /** Largest PDF (certificates). Keep quarkus.http.limits.max-body-size above it. */
        @WithDefault("10M")
        MemorySize pdf();

        /** Largest tenant logo (purpose TENANT_LOGO): it is loaded on every start of the mini program. */
        @WithDefault("1M")
        MemorySize logo();
    }
}
