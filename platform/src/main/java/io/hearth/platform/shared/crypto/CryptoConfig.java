package io.hearth.platform.shared.crypto;

import io.smallrye.config.ConfigMapping;

/** Keys for personal data at rest. Both are 32 random bytes, base64; never in the repository. */
@ConfigMapping(prefix = "hearth.crypto")
public interface CryptoConfig {

    /** AES-256-GCM key for encrypted columns. */
    String dataKey();

    /** HMAC-SHA256 key for blind indexes (exact-match lookups on encrypted values). */
    String indexKey();
}
