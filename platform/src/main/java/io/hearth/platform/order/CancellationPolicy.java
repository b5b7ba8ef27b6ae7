package io.hearth.platform.order;

import io.hearth.platform.tenant.TenantSettings.CancellationFeeStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The tenant's cancellation policy, pure. Free before a worker accepted; from acceptance until the worker
 * arrives, a fee of {@code feeBp} basis points of the money paid so far, where the step is the one with the
 * smallest {@code withinHoursOfStart} that the time left before the start is under (no step matching: free);
 * not at all once the worker arrived. Fee = paid × feeBp / 10000, rounded half-up to the fen.
 * The same function prices the preview and the cancellation itself, so what is shown is what is charged.
 */
public final class CancellationPolicy {

    /**
     * @param allowed   whether the order may be cancelled now
     * @param feeBp     the rate applied (0 when free)
     * @param stepHours the matching step's window in hours, or null when no step applied
     * @param feeFen    the fee kept, in fen
     * @param refundFen what goes back to the customer: paid − fee
     */
    public record Terms(boolean allowed, int feeBp, Integer stepHours, long feeFen, long refundFen) {

        static Terms refused() {
            return new Terms(false, 0, null, 0, 0);
        }

        /** The same terms without the fee (staff may waive it). */
        public Terms waived() {
            return allowed ? new Terms(true, 0, null, 0, feeFen + refundFen) : this;
        }
    }

    private CancellationPolicy() {
    }

    public static Terms terms(OrderStatus status, Instant startAt, Instant now, long paidFen, List<CancellationFeeStep> steps) {
        if (paidFen < 0) {
            throw new IllegalArgumentException("paid " + paidFen);
        }
        return switch (status) {
            case PENDING_PAYMENT, PENDING_DISPATCH -> new Terms(true, 0, null, 0, paidFen);
            case ACCEPTED, DEPARTED -> withFee(startAt, now, paidFen, steps);
            case ARRIVED, IN_SERVICE, PAUSED, COMPLETED, CANCELLED -> Terms.refused();
        };
    }

    private static Terms withFee(Instant startAt, Instant now, long paidFen, List<CancellationFeeStep> steps) {
        Duration left = Duration.between(now, startAt);
        CancellationFeeStep step = null;
        for (CancellationFeeStep s : steps) {
            if (left.compareTo(Duration.ofHours(s.withinHoursOfStart())) < 0
                    && (step == null || s.withinHoursOfStart() < step.withinHoursOfStart())) {
                step = s;
            }
        }
        if (step == null) {
            return new Terms(true, 0, null, 0, paidFen);
        }
        long fee = fee(paidFen, step.feeBp());
        return new Terms(true, step.feeBp(), step.withinHoursOfStart(), fee, paidFen - fee);
    }

    /** paid × bp / 10000, half-up, in integer arithmetic. */
    static long fee(long paidFen, int bp) {
        return Math.addExact(Math.multiplyExact(paidFen, (long) bp), 5_000L) / 10_000L;
    }
}
