package io.hearth.platform.pricing;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The current tenant's pricing rules and holiday calendar, as staff manage them. */
@ApplicationScoped
@Transactional
public class PricingSettings {

    @Inject
    PricingRulesStore store;

    @Inject
    TenantHolidayRepository holidays;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PricingDto.Rules rules() {
        return PricingDto.Rules.of(store.current(TenantContext.require()));
    }

    /** Bean validation has run; here the checks across entries: one area rule per city and district. */
    public PricingDto.Rules replace(PricingRules rules) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (int i = 0; i < rules.areaSurcharges().size(); i++) {
            PricingRules.AreaSurcharge a = rules.areaSurcharges().get(i);
            Integer first = seen.putIfAbsent(a.cityCode() + "/" + (a.district() == null ? "" : a.district()), i);
            if (first != null) {
                errors.put("areaSurcharges[" + i + "]", "pricing-area-duplicate.field");
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(422, "pricing-area-duplicate", errors);
        }
        return PricingDto.Rules.of(store.replace(TenantContext.require(), rules, Instant.now()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PricingDto.Holiday> holidays(int year) {
        return holidays.between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .map(PricingDto.Holiday::of).toList();
    }

    public PricingDto.Holiday putHoliday(LocalDate date, PricingDto.HolidayInput in) {
        TenantHoliday h = holidays.on(date).orElse(null);
        boolean created = h == null;
        if (created) {
            h = new TenantHoliday();
            h.id = UUID.randomUUID();
            h.onDate = date;
        }
        h.name = in.name().strip();
        h.updatedAt = Instant.now();
        if (created) {
            holidays.persist(h);
        }
        return PricingDto.Holiday.of(h);
    }

    public void deleteHoliday(LocalDate date) {
        holidays.delete(holidays.on(date).orElseThrow(() -> ApiException.notFound("Holiday", date)));
    }
}
