package io.hearth.platform.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class AuthDto {

    private AuthDto() {
    }

    public record CodeRequest(@NotBlank @Size(max = 20) String phone) {
    }

    public record PhoneLogin(@NotBlank @Size(max = 20) String phone, @NotBlank @Pattern(regexp = "[0-9]{6}") String code) {
    }

    public record WeChatLogin(@NotBlank @Size(max = 128) String code) {
    }

    public record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }
}
