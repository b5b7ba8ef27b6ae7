package io.hearth.platform.testing;

/**
 * The cross-tenant harness: two active tenants, and for each a staff owner, a dispatcher, a signed-in
 * customer and a signed-in worker. Every feature's tests use it to show that tenant A's tokens get
 * 404 for tenant B's ids and that lists never mix tenants.
 */
public record TwoTenants(Side a, Side b) {

    public record Side(Tenants.Created tenant, String ownerToken, String dispatcherToken, AppUsers.Session customer,
            AppUsers.Session worker) {
    }

    public static TwoTenants create(CapturingSmsSender sms) {
        return new TwoTenants(side(sms), side(sms));
    }

    private static Side side(CapturingSmsSender sms) {
        Tenants.Created t = Tenants.createCompany();
        return new Side(t,
                StaffTokens.staff(t.slug() + "-owner", t.slug(), "owner"),
                StaffTokens.staff(t.slug() + "-dispatcher", t.slug(), "dispatcher"),
                AppUsers.customer(sms, t.slug()),
                AppUsers.worker(sms, t.slug()));
    }
}
