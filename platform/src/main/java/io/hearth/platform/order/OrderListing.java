package io.hearth.platform.order;

import io.hearth.platform.shared.web.TimeIdCursor;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Keyset-paginated order lists of the current tenant: rows after the cursor in (time, id) order, never an
 * offset, so pages stay stable while orders are added.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderListing {

    public static final int MAX_LIMIT = 100;

    /** The list's own conditions (JPQL over ServiceOrder) and their parameters. */
    public static final class Where {
        final List<String> clauses = new ArrayList<>();
        final Parameters params = new Parameters();

        public Where and(String clause, String name, Object value) {
            clauses.add(clause);
            params.and(name, value);
            return this;
        }

        public Where and(String clause) {
            clauses.add(clause);
            return this;
        }
    }

    /** {@code timeField}: startAt or createdAt. */
    public record Order(String timeField, boolean descending) {
    }

    @Inject
    ServiceOrderRepository orders;

    public <T> OrderDto.Page<T> page(Where where, Order order, String cursor, int limit, Function<ServiceOrder, T> view) {
        TimeIdCursor after = TimeIdCursor.decode(cursor, "order-cursor-invalid");
        List<String> clauses = new ArrayList<>(where.clauses);
        Parameters params = where.params;
        String f = order.timeField();
        if (after != null) {
            String op = order.descending() ? "<" : ">";
            clauses.add("(" + f + " " + op + " :cursorAt or (" + f + " = :cursorAt and id " + op + " :cursorId))");
            params.and("cursorAt", after.at()).and("cursorId", after.id());
        }
        Sort.Direction dir = order.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort sort = Sort.by(f, dir).and("id", dir);
        var query = clauses.isEmpty() ? orders.findAll(sort) : orders.find(String.join(" and ", clauses), sort, params);
        List<ServiceOrder> rows = query.range(0, limit).list();
        List<ServiceOrder> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = null;
        if (rows.size() > limit) {
            ServiceOrder last = shown.get(shown.size() - 1);
            next = new TimeIdCursor(time(last, f), last.id).encode();
        }
        return new OrderDto.Page<>(shown.stream().map(view).toList(), next);
    }

    private static Instant time(ServiceOrder o, String field) {
        return "createdAt".equals(field) ? o.createdAt : o.startAt;
    }

    /** Comma-separated statuses (or repeated parameters); 400 {@code order-filter-invalid} for unknown names. */
    public static Set<OrderStatus> statuses(List<String> raw) {
        Set<OrderStatus> out = EnumSet.noneOf(OrderStatus.class);
        if (raw == null) {
            return out;
        }
        for (String value : raw) {
            for (String s : value.split(",")) {
                if (s.isBlank()) {
                    continue;
                }
                try {
                    out.add(OrderStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ApiException(400, "order-filter-invalid", "status", s);
                }
            }
        }
        return out;
    }
}
