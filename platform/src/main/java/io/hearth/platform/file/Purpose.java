package io.hearth.platform.file;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a file is for: decides the accepted types, who may upload it and who may read it. */
public enum Purpose {
    WORKER_PHOTO(Visibility.PUBLIC, images(), EnumSet.of(UploaderKind.STAFF, UploaderKind.WORKER)),
    CERTIFICATE(Visibility.PRIVATE, EnumSet.allOf(FileType.class), EnumSet.of(UploaderKind.STAFF, UploaderKind.WORKER)),
    SERVICE_IMAGE(Visibility.PUBLIC, images(), EnumSet.of(UploaderKind.STAFF)),
    ORDER_PHOTO(Visibility.PRIVATE, images(), EnumSet.allOf(UploaderKind.class)),
    /** Private: a customer's face is personal data; features that show avatars to others grant it explicitly. */
    AVATAR(Visibility.PRIVATE, images(), EnumSet.allOf(UploaderKind.class)),
    /** Private: sent in a chat; the other participants read it through the chat's {@link FileReadGrant}. */
    CHAT_IMAGE(Visibility.PRIVATE, images(), EnumSet.allOf(UploaderKind.class)),
    /**
     * Public: the tenant's logo, shown by its mini program before anyone signs in ({@code /api/app/tenant}). Smaller
     * than other images ({@code hearth.files.max-size.logo}).
     */
    TENANT_LOGO(Visibility.PUBLIC, images(), EnumSet.of(UploaderKind.STAFF));

    public final Visibility visibility;
    private final Set<FileType> types;
    private final Set<UploaderKind> uploaders;

    Purpose(Visibility visibility, Set<FileType> types, Set<UploaderKind> uploaders) {
        this.visibility = visibility;
        this.types = types;
        this.uploaders = uploaders;
    }

    public boolean accepts(FileType type) {
        return types.contains(type);
    }

    public Set<FileType> types() {
        return Set.copyOf(types);
    }

    public boolean uploadableBy(UploaderKind kind) {
        return uploaders.contains(kind);
    }

    /** "image/jpeg, image/png, image/webp": for problem messages. */
    public String mediaTypes() {
        return types.stream().map(t -> t.mediaType).collect(Collectors.joining(", "));
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Set<FileType> images() {
        return EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP);
    }
}
