package io.hearth.platform.payment.wechat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The owner's view of the tenant's WeChat Pay account: secrets can be written, never read back. */
public final class WeChatPayDto {

    private WeChatPayDto() {
    }

    /**
     * {@code merchantPrivateKeyPem} and {@code apiV3Key} may be left out to keep the stored ones (required the first
     * time). The platform key is public: the WeChat Pay platform certificate or the WeChat Pay public key, PEM.
     */
    public record AccountInput(
            @NotBlank @Pattern(regexp = "[0-9]{6,32}") String mchId,
            @NotBlank @Pattern(regexp = "wx[0-9A-Za-z]{16}") String appId,
            @NotBlank @Pattern(regexp = "[0-9A-Fa-f]{8,64}") String merchantSerialNo,
            @Size(max = 8000) String merchantPrivateKeyPem,
            @Size(min = 32, max = 32) String apiV3Key,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z_]{8,64}") String platformSerialNo,
            @NotBlank @Size(max = 8000) String platformKeyPem) {

        @Override
        public String toString() {
            return "AccountInput[mchId=" + mchId + ", appId=" + appId + ", secrets=***]";
        }
    }

    public record AccountView(String mchId, String appId, String merchantSerialNo, boolean merchantPrivateKeySet,
            boolean apiV3KeySet, String platformSerialNo, WeChatPayKeys.PlatformKeyKind platformKeyKind,
            Instant platformCertificateExpiresAt, Instant updatedAt) {
    }
}
