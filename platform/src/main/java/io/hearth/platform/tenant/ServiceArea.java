package io.hearth.platform.tenant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;

/** A circle around the city centre; coordinates are GCJ-02 as Chinese map SDKs deliver them. */
public record ServiceArea(
        @DecimalMin("-90") @DecimalMax("90") double centerLat,
        @DecimalMin("-180") @DecimalMax("180") double centerLng,
        @Positive double radiusKm) {
}
