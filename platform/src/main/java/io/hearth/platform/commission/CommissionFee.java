package io.hearth.platform.commission;

/**
 * Commission on an amount: {@code amount × rateBp / 10 000}, rounded half up to the fen, then held
 * within [minFeeFen, maxFeeFen] and never above the amount itself.
 */
public record CommissionFee(int rateBp, long minFeeFen, Long maxFeeFen) {

    public long on(long amountFen) {
        if (amountFen < 0) {
            throw new IllegalArgumentException("amountFen must not be negative");
        }
        long fee = Math.addExact(Math.multiplyExact(amountFen, (long) rateBp), 5_000L) / 10_000L;
        fee = Math.max(fee, minFeeFen);
        if (maxFeeFen != null) {
            fee = Math.min(fee, maxFeeFen);
        }
        return Math.min(fee, amountFen);
    }
}
