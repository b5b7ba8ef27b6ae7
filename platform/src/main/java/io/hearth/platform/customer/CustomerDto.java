package io.hearth.platform.customer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

public final class CustomerDto {

    private CustomerDto() {
    }

    public record Profile(UUID id, String phone, String nickname, String avatarUrl, String gender, boolean phoneBound,
            boolean weChatBound, Instant createdAt) {
    }

    public record ProfileUpdate(
            @Size(max = 60) String nickname,
            @Size(max = 500) @Pattern(regexp = "https://\\S+") String avatarUrl,
            @Pattern(regexp = "FEMALE|MALE|UNDISCLOSED") String gender) {
    }

    public record AddressInput(
            @Size(max = 30) String label,
            @NotBlank @Size(max = 60) String contactName,
            @NotBlank @Size(max = 20) String contactPhone,
            @NotBlank @Pattern(regexp = "[0-9]{6}") String cityCode,
            @NotBlank @Size(max = 60) String district,
            @Size(max = 120) String community,
            @Size(max = 30) String building,
            @Size(max = 30) String unit,
            @Size(max = 30) String room,
            @NotBlank @Size(max = 300) String detail,
            @Size(max = 300) String accessInstructions,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
            boolean isDefault) {
    }

    /** Where service happens: enough for prices and slot search, nothing personal. */
    public record ServiceLocation(UUID addressId, String cityCode, String district, double lat, double lng) {
    }

    /** The full address, for its owner. */
    public record Address(UUID id, String label, String contactName, String contactPhone, String cityCode,
            String district, String community, String building, String unit, String room, String detail,
            String accessInstructions, double lat, double lng, boolean isDefault, Instant updatedAt) {
    }

    /** In lists: enough to recognise the address, nothing to enter the home with. */
    public record AddressSummary(UUID id, String label, String contactName, String contactPhone, String cityCode,
            String district, String community, String building, boolean isDefault) {
    }
}
