package io.hearth.platform.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Staff views and inputs (all locales) and customer views (one language). */
public final class CatalogDto {

    static final String CODE = "[a-z0-9][a-z0-9_-]*";

    private CatalogDto() {
    }

    // ---- translatable texts, stored per locale in the entities' texts columns ----

    /** Category and package texts in one language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NamedText(@NotBlank @Size(max = 80) String name, @Size(max = 2000) String description) {
    }

    /** Service item texts in one language. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemText(@NotBlank @Size(max = 80) String name, @Size(max = 200) String summary,
            @Size(max = 4000) String description, @Size(max = 1000) String toolsBrought,
            @Size(max = 2000) String cleaningStandard) {
    }

    // ---- staff ----

    public record CategoryInput(
            @NotBlank @Size(max = 60) @Pattern(regexp = CODE) String code,
            UUID parentId,
            @Min(0) Integer sortOrder,
            Boolean enabled,
            @NotEmpty Map<String, @NotNull @Valid NamedText> texts) {
    }

    public record Category(UUID id, UUID parentId, String code, int sortOrder, boolean enabled,
            Map<String, NamedText> texts, Instant updatedAt) {

        static Category of(io.hearth.platform.catalog.Category c) {
            return new Category(c.id, c.parentId, c.code, c.sortOrder, c.enabled, c.texts, c.updatedAt);
        }
    }

    /** The new order of all children of {@code parentId} (null: the top level). */
    public record Reorder(UUID parentId, @NotNull List<@NotNull UUID> ids) {
    }

    public record ItemInput(
            @NotNull UUID categoryId,
            @NotNull ItemUnit unit,
            @NotNull @PositiveOrZero Long basePriceFen,
            @NotNull @Min(1) @Max(1440) Integer defaultDurationMinutes,
            @Min(1) Integer minQuantity,
            @Min(1) Integer maxQuantity,
            @Size(max = 20) List<@NotBlank @Size(max = 30) String> tags,
            @Size(max = 20) List<@NotNull UUID> imageFileIds,
            Boolean enabled,
            @NotEmpty Map<String, @NotNull @Valid ItemText> texts) {
    }

    public record Item(UUID id, UUID categoryId, ItemUnit unit, long basePriceFen, int defaultDurationMinutes,
            int minQuantity, Integer maxQuantity, List<String> tags, List<UUID> imageFileIds, boolean enabled,
            long popularity, Map<String, ItemText> texts, Instant updatedAt) {

        static Item of(ServiceItem i) {
            return new Item(i.id, i.categoryId, i.unit, i.basePriceFen, i.defaultDurationMinutes, i.minQuantity,
                    i.maxQuantity, List.copyOf(i.tags), List.copyOf(i.imageFileIds), i.enabled, i.popularity, i.texts,
                    i.updatedAt);
        }
    }

    public record Included(@NotNull UUID itemId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    public record PackageInput(
            @NotBlank @Size(max = 60) @Pattern(regexp = CODE) String code,
            @NotNull @Min(1) @Max(1440) Integer durationMinutes,
            @NotNull @PositiveOrZero Long priceFen,
            LocalDate validFrom,
            LocalDate validUntil,
            Boolean enabled,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid Included> items,
            @NotEmpty Map<String, @NotNull @Valid NamedText> texts) {
    }

    public record Package(UUID id, String code, int durationMinutes, long priceFen, LocalDate validFrom,
            LocalDate validUntil, boolean enabled, List<Included> items, Map<String, NamedText> texts,
            Instant updatedAt) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record OverrideInput(@PositiveOrZero Long priceFen, @NotNull Boolean available) {
    }

    public record Override(UUID itemId, String cityCode, Long priceFen, boolean available, Instant updatedAt) {

        static Override of(CityItemOverride o) {
            return new Override(o.itemId, o.cityCode, o.priceFen, o.available, o.updatedAt);
        }
    }

    // ---- customers: one language, enabled entries only, prices after the city's override ----

    public record AppCategory(UUID id, String code, String name, String description, List<AppCategory> children) {
    }

    public record AppItem(UUID id, UUID categoryId, String name, String summary, ItemUnit unit, long priceFen,
            int durationMinutes, int minQuantity, Integer maxQuantity, List<String> tags, List<UUID> imageFileIds,
            long popularity) {
    }

    public record AppItemDetail(UUID id, UUID categoryId, String name, String summary, String description,
            String toolsBrought, String cleaningStandard, ItemUnit unit, long priceFen, int durationMinutes,
            int minQuantity, Integer maxQuantity, List<String> tags, List<UUID> imageFileIds, long popularity) {
    }

    public record AppIncluded(UUID itemId, String name, ItemUnit unit, int quantity) {
    }

    public record AppPackage(UUID id, String code, String name, String description, int durationMinutes,
            long priceFen, LocalDate validFrom, LocalDate validUntil, List<AppIncluded> items) {
    }
}
