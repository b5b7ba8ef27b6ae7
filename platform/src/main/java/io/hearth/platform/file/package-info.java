/**
 * Uploaded files: worker photos, certificates, service images, order photos, avatars, chat images and tenant
 * logos. Owns the {@code stored_file} table, the upload/download API ({@code /api/files}, anonymous reads of public
 * files at {@code /api/app/files}) and {@link io.hearth.platform.file.StoredFiles}, which other features
 * call to check the file ids they attach (and, through {@link io.hearth.platform.file.FileInUse}, to keep the
 * files they still use). The bytes go to a {@link io.hearth.platform.file.storage.FileStorage}.
 */
package io.hearth.platform.file;
