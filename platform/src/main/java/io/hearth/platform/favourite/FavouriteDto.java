package io.hearth.platform.favourite;

import io.hearth.platform.catalog.CatalogDto;
import io.hearth.platform.worker.WorkerDto;
import java.util.List;

public final class FavouriteDto {

    private FavouriteDto() {
    }

    /** Favourites that can still be booked: disabled items and workers no longer approved drop out. */
    public record Favourites(List<WorkerDto.PublicProfile> workers, List<CatalogDto.AppItemDetail> services) {
    }

    /**
     * {@code basis} says where the suggestions come from: FAVOURITES (similar to what the customer
     * keeps) or POPULARITY (nothing known about the customer yet). Order history and ratings join
     * the basis when orders and reviews exist.
     */
    public record Recommendations(String basis, List<WorkerDto.PublicProfile> workers, List<CatalogDto.AppItem> services) {
    }
}
