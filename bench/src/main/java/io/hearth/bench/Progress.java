package io.hearth.bench;

import java.util.Locale;

/** One line per ~5 % (or per 10 s) of a long step, with the rate. */
final class Progress {

    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastPrinted;
    private long lastPrintedAt = System.nanoTime();

    Progress(String what, long total) {
        this.what = what;
        this.total = Math.max(1, total);
    }

    void step(long n) {
        done += n;
        long now = System.nanoTime();
        if (done - lastPrinted >= Math.max(1_000, total / 20) || now - lastPrintedAt > 10_000_000_000L) {
            print(now);
        }
    }

    void finish() {
        if (lastPrinted != done || done == 0) {
            print(System.nanoTime());
        }
    }

    private void print(long now) {
        lastPrinted = done;
        lastPrintedAt = now;
        double seconds = (now - started) / 1e9;
        System.out.printf(Locale.ROOT, "[seed] %-22s %,12d / %,d  %3d%%  %,.0f rows/s%n", what, done, total,
                done * 100 / total, seconds > 0 ? done / seconds : 0);
    }
}
