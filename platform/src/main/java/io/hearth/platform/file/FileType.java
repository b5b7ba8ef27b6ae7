package io.hearth.platform.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The content types the platform accepts, recognised by their first bytes (magic numbers). A client's
 * Content-Type header or file name is never trusted: a text file named {@code photo.png} is no PNG.
 */
public enum FileType {
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    WEBP("image/webp", true),
    PDF("application/pdf", false);

    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD_LENGTH = 12;

    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_TAG = "WEBP".getBytes(StandardCharsets.US_ASCII);

    public final String mediaType;
    public final boolean image;

    FileType(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    /** The type whose signature {@code head} (the first bytes of the content) starts with. */
    public static Optional<FileType> detect(byte[] head) {
        if (startsWith(head, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP_TAG)) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
