/**
 * Uploaded files: worker photos, certificates, service images, order photos, avatars. Owns the
 * {@code stored_file} table, the upload/download API ({@code /api/files}, anonymous reads of public
 * files at {@code /api/app/files}) and {@link io.hearth.platform.file.StoredFiles}, which other features
 * call to check the file ids they attach. The bytes go to a {@link io.hearth.platform.file.storage.FileStorage}.
 */
package io.hearth.platform.file;
