/**
 * Calling third-party HTTP APIs that answer JSON (Aliyun, WeChat): one JDK client setup, timeouts, and the
 * answer read as JSON whatever content type it is labelled with.
 */
package io.hearth.platform.shared.http;
