package io.hearth.platform.file;

import io.hearth.platform.file.storage.FileStorage;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Files of the current tenant. An upload is checked completely (purpose, size, type from the first bytes)
 * before anything is written; then the content is stored, then the row inserted, and a failed insert removes
 * the content again. Other features validate the ids they attach with {@link #requireOwnedBy} and
 * {@link #requireExists}.
 */
@ApplicationScoped
public class StoredFiles {

    private static final Logger LOG = Logger.getLogger(StoredFiles.class);

    /** The row and where its content is; internal, never a response body. */
    record Found(FileDto.Info info, String storageKey) {
    }

    @Inject
    StoredFileRepository files;

    @Inject
    FileStorage storage;

    @Inject
    FilesConfig config;

    @Inject
    jakarta.enterprise.inject.Instance<FileReadGrant> grants;

    @Inject
    jakarta.enterprise.inject.Instance<FileInUse> uses;

    FileDto.Info upload(FileCaller by, String purposeName, Path content, long size) {
        Purpose purpose = purpose(purposeName);
        if (!purpose.uploadableBy(by.kind())) {
            throw new ApiException(403, "file-purpose-not-yours", purpose, by.kind().value());
        }
        if (content == null || size <= 0) {
            throw new ApiException(400, "file-missing");
        }
        long purposeMax = purpose.types().stream().mapToLong(t -> maxSize(purpose, t)).max().orElse(0);
        if (size > purposeMax) {
            throw new ApiException(413, "file-too-large", size, purposeMax, purpose);
        }
        FileType type = FileType.detect(head(content)).filter(purpose::accepts)
                .orElseThrow(() -> new ApiException(415, "file-type-unsupported", purpose, purpose.mediaTypes()));
        if (size > maxSize(purpose, type)) {
            throw new ApiException(413, "file-too-large", size, maxSize(purpose, type), type.mediaType);
        }

        StoredFile f = new StoredFile();
        f.id = UUID.randomUUID();
        f.purpose = purpose;
        f.contentType = type.mediaType;
        f.sizeBytes = size;
        f.sha256 = sha256(content);
        f.storageKey = TenantContext.require() + "/" + purpose.name().toLowerCase(Locale.ROOT) + "/" + f.id;
        f.uploadedByKind = by.kind().value();
        f.uploadedById = by.id();
        f.visibility = purpose.visibility;
        f.createdAt = Instant.now();
        try (InputStream in = Files.newInputStream(content)) {
            storage.put(f.storageKey, in, size, f.contentType, f.sha256);
        } catch (IOException e) {
            LOG.warnf("Storing file %s failed: %s", f.id, e.getMessage());
            throw new ApiException(503, "file-storage-unavailable");
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> files.persist(f));
        } catch (RuntimeException e) {
            deleteContent(f.storageKey);
            throw e;
        }
        return FileDto.Info.of(f);
    }

    /** The file, when {@code by} may see it; 404 otherwise, so that nobody learns which ids exist. */
    Found find(FileCaller by, UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> files.byId(id))
                .filter(f -> by.maySee(f) || granted(by, f))
                .map(f -> new Found(FileDto.Info.of(f), f.storageKey))
                .orElseThrow(() -> ApiException.notFound("File", id));
    }

    InputStream content(Found found) {
        try {
            return storage.get(found.storageKey());
        } catch (NoSuchFileException e) {
            LOG.errorf("File %s has a row but no content in the storage", found.info().id());
            throw new ApiException(500, "internal-error");
        } catch (IOException e) {
            LOG.warnf("Reading file %s failed: %s", found.info().id(), e.getMessage());
            throw new ApiException(503, "file-storage-unavailable");
        }
    }

    private boolean granted(FileCaller by, StoredFile f) {
        if (by.kind() == null || by.kind() == UploaderKind.STAFF) {
            return false;
        }
        for (FileReadGrant grant : grants) {
            if (grant.grants(by.kind().value(), by.id(), f.id, f.purpose)) {
                return true;
            }
        }
        return false;
    }

    /** The row goes first; content left behind by a failed removal is only unreachable bytes. */
    void delete(FileCaller by, UUID id) {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            StoredFile f = files.byId(id).filter(by::maySee).orElseThrow(() -> ApiException.notFound("File", id));
            if (!by.mayDelete(f)) {
                throw new ApiException(403, "file-delete-not-yours");
            }
            for (FileInUse use : uses) {
                if (use.uses(f.id, f.purpose)) {
                    throw new ApiException(409, "file-in-use", f.id, f.purpose);
                }
            }
            files.delete(f);
            return f.storageKey;
        });
        deleteContent(key);
    }

    /**
     * For features that attach files (a worker's certificates, a service's images): the file exists in the
     * current tenant, has {@code purpose} and was uploaded by {@code kind} ("staff", "worker", "customer")
     * {@code ownerId}. Otherwise 422 {@code file-not-attachable}. Joins the caller's transaction.
     */
    public FileDto.Info requireOwnedBy(UUID fileId, String kind, UUID ownerId, Purpose purpose) {
        String kindValue = UploaderKind.of(kind).value();
        return attachable(fileId, purpose, f -> kindValue.equals(f.uploadedByKind) && f.uploadedById.equals(ownerId));
    }

    /** Like {@link #requireOwnedBy} whoever uploaded it (staff attaching each other's service images). */
    public FileDto.Info requireExists(UUID fileId, Purpose purpose) {
        return attachable(fileId, purpose, f -> true);
    }

    public Optional<FileDto.Info> find(UUID fileId) {
        return QuarkusTransaction.joiningExisting().call(() -> files.byId(fileId).map(FileDto.Info::of));
    }

    private FileDto.Info attachable(UUID fileId, Purpose purpose, Predicate<StoredFile> owned) {
        if (fileId == null) {
            throw new ApiException(422, "file-not-attachable", "null", purpose);
        }
        return QuarkusTransaction.joiningExisting().call(() -> files.byId(fileId))
                .filter(f -> f.purpose == purpose && owned.test(f))
                .map(FileDto.Info::of)
                .orElseThrow(() -> new ApiException(422, "file-not-attachable", fileId, purpose));
    }

    private long maxSize(FileType type) {
        return (type.image ? config.maxSize().image() : config.maxSize().pdf()).asLongValue();
    }

    /** A logo is smaller than other images whatever its type. */
    private long maxSize(Purpose purpose, FileType type) {
        long max = maxSize(type);
        return purpose == Purpose.TENANT_LOGO ? Math.min(max, config.maxSize().logo().asLongValue()) : max;
    }

    private static Purpose purpose(String name) {
        if (name == null || name.isBlank()) {
            throw new ApiException(400, "file-purpose-unknown", "", Purpose.names());
        }
        try {
            return Purpose.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "file-purpose-unknown", name, Purpose.names());
        }
    }

    private void deleteContent(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Removing stored content %s failed (left unreachable): %s", key, e.getMessage());
        }
    }

    private static byte[] head(Path content) {
        try (InputStream in = Files.newInputStream(content)) {
            return in.readNBytes(FileType.HEAD_LENGTH);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the uploaded file", e);
        }
    }

    private static String sha256(Path content) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(content), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the uploaded file", e);
        }
    }
}
