package io.hearth.bench;

/**
 * Sizes of the seeded data. Tenant 0 is the big tenant (created through the super-admin API), tenant 1 the
 * tenant of the booking-contention scenario, the others small tenants with a catalog and a little activity.
 */
record DataSet(String profile, int tenants, int bigWorkers, int bigCustomers, int bigOrders, int bookingWorkers,
        int bookingCustomers, int smallWorkers, int smallCustomers, int smallOrders, int historyDays, int futureDays) {

    /** Bump when the seeded data changes shape: an older data set is then reseeded. */
    static final int SEED_VERSION = 1;

    static DataSet full() {
        return new DataSet("full", 1_000, 2_000, 50_000, 1_000_000, 10, 64, 3, 10, 20, 335, 30);
    }

    static DataSet quick() {
        return new DataSet("quick", 10, 200, 2_000, 20_000, 10, 64, 3, 10, 20, 335, 30);
    }

    int smallTenants() {
        return tenants - 2;
    }

    long totalOrders() {
        return bigOrders + (long) smallTenants() * smallOrders;
    }
}
