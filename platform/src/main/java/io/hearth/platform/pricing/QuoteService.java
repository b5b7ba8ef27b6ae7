package io.hearth.platform.pricing;

import io.hearth.platform.booking.Bookables;
import io.hearth.platform.booking.Bookables.Bookable;
import io.hearth.platform.booking.SlotSearch;
import io.hearth.platform.customer.CustomerDto;
import io.hearth.platform.customer.CustomerProfiles;
import io.hearth.platform.marketing.PointsAccounts;
import io.hearth.platform.pricing.PriceCalculator.CouponDiscount;
import io.hearth.platform.pricing.QuoteLine.Kind;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.tenancy.TenantLookup;
import io.hearth.platform.shared.tenancy.TenantRef;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.worker.WorkerLevels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Quotes for the signed-in customer (current tenant): checks what is booked, where and when (the slot search must
 * offer that start), gathers the tenant's rules and the customer's level, coupon and points, asks
 * {@link PriceCalculator}, and stores the quote. Nothing is written unless every check passed.
 */
@ApplicationScoped
@Transactional
public class QuoteService {

    @Inject
    QuoteRepository quotes;

    @Inject
    TenantLookup tenants;

    @Inject
    Bookables bookables;

    @Inject
    CustomerProfiles customers;

    @Inject
    SlotSearch slots;

    @Inject
    WorkerLevels workerLevels;

    @Inject
    PricingRulesStore rules;

    @Inject
    TenantHolidayRepository holidays;

    @Inject
    PointsAccounts points;

    @Inject
    CouponEngine coupons;

    @Inject
    Clock clock;

    public QuoteDto.View create(UUID customerId, QuoteDto.Request in) {
        return create(customerId, in, null);
    }

    /**
     * A quote for one occurrence of a recurring series: like {@link #create}, but the start may lie up to
     * {@code horizonDays} ahead instead of the tenant's max days ahead.
     */
    public QuoteDto.View createForSeries(UUID customerId, QuoteDto.Request in, int horizonDays) {
        return create(customerId, in, horizonDays);
    }

    private QuoteDto.View create(UUID customerId, QuoteDto.Request in, Integer horizonDays) {
        TenantRef tenant = tenants.byId(TenantContext.require()).orElseThrow();
        ZoneId zone = ZoneId.of(tenant.timeZone());
        Instant now = clock.instant();
        int quantity = in.quantity() == null ? 1 : in.quantity();
        Bookable b = bookables.resolve(tenant.id(), in.itemId(), in.packageId(), quantity);
        CustomerDto.ServiceLocation at = customers.serviceLocation(customerId, in.addressId());
        Instant start = in.start().toInstant();
        LocalDate day = LocalDate.ofInstant(start, zone);
        if (!b.validOn(day)) {
            throw ApiException.unprocessable("booking-package-not-valid", b.code(), day);
        }
        b = bookables.inCity(tenant.id(), b, at.cityCode());
        slots.requireFree(tenant, b, at.lat(), at.lng(), start, in.workerId(), horizonDays);

        PricingRulesStore.Stored stored = rules.current(tenant.id());
        long pointsRequested = in.points() == null ? 0 : in.points();
        if (pointsRequested > 0 && stored.rules().points() == null) {
            throw ApiException.unprocessable("pricing-points-disabled");
        }
        Instant end = start.plus(Duration.ofMinutes(b.durationMinutes()));
        PriceCalculator.Input input = new PriceCalculator.Input(
                List.of(new PriceCalculator.Charge(b.isPackage() ? Kind.PACKAGE : Kind.BASE, b.code(), quantity,
                        b.unitPriceFen())),
                start, end, zone, now, holidays.on(day).isPresent() ? Set.of(day) : Set.of(), stored.rules(),
                in.workerId() == null ? null : workerLevels.codeOf(in.workerId()).orElse(null), at.cityCode(),
                at.district(), customers.memberLevel(customerId), null, 0,
                pointsRequested > 0 ? Math.max(0, points.balance(customerId)) : 0);
        PriceCalculator.Result priced;
        try {
            CouponDiscount coupon = null;
            if (in.couponCode() != null) {
                PriceCalculator.Result beforeCoupon = PriceCalculator.price(input);
                coupon = coupons.evaluate(customerId, in.couponCode(), new CouponEngine.Context(b.itemId(),
                        b.packageId(), quantity, start, at.cityCode(), beforeCoupon.subtotalFen(), beforeCoupon.totalFen()));
            }
            priced = PriceCalculator.price(input.with(coupon, pointsRequested));
        } catch (ArithmeticException e) {
            throw ApiException.unprocessable("quote-amount-too-large");
        }

        Quote q = new Quote();
        q.id = UUID.randomUUID();
        q.customerId = customerId;
        q.itemId = b.itemId();
        q.packageId = b.packageId();
        q.quantity = quantity;
        q.durationMinutes = b.durationMinutes();
        q.startAt = start;
        q.endAt = end;
        q.workerId = in.workerId();
        q.addressId = at.addressId();
        q.cityCode = at.cityCode();
        // A coupon that took nothing off (e.g. below its threshold) is not kept, so the order will not use it up.
        q.couponCode = priced.lines().stream().anyMatch(l -> l.kind() == Kind.COUPON) ? in.couponCode() : null;
        q.pointsUsed = priced.pointsUsed();
        q.lines = priced.lines();
        q.subtotalFen = priced.subtotalFen();
        q.discountFen = priced.discountFen();
        q.totalFen = priced.totalFen();
        q.expiresAt = now.plus(Duration.ofMinutes(stored.rules().quoteValidityMinutes()));
        q.createdAt = now;
        q.timeZone = zone.getId();
        q.rulesVersion = stored.version();
        quotes.persist(q);
        return QuoteDto.View.of(q, zone);
    }

    /** One of the customer's own quotes; 404 for anyone else's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuoteDto.View get(UUID customerId, UUID id) {
        Quote q = quotes.customers(customerId, id).orElseThrow(() -> ApiException.notFound("Quote", id));
        String zone = q.timeZone != null ? q.timeZone : tenants.byId(TenantContext.require()).orElseThrow().timeZone();
        return QuoteDto.View.of(q, ZoneId.of(zone));
    }
}
