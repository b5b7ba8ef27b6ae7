/**
 * Where the bytes of uploaded files live: {@link io.hearth.platform.file.storage.FileStorage} with a
 * directory implementation for one node and an S3-compatible one (Signature Version 4, JDK HTTP client)
 * for clusters. Knows nothing of tenants or purposes: keys are made by the file feature.
 */
package io.hearth.platform.file.storage;
