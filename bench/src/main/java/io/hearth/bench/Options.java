package io.hearth.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Command line of bench/run.sh (passed through to the harness). */
record Options(boolean quick, boolean reseed, TreeSet<Integer> scenarios, int seconds, int connections, String note) {

    static final String USAGE = """
            bench/run.sh [--quick] [--scenario N[,N...]]... [--reseed] [--seconds S] [--connections C] [--note TEXT]
              --quick          small data set (10 tenants; 200 workers, 2,000 customers, 20,000 orders) and short runs
              --scenario N     run only these scenarios (1-8; repeat or separate with commas); default all
              --reseed         drop the bench database and seed it again (otherwise an existing data set is reused)
              --seconds S      measured seconds per run (default 30, quick 5)
              --connections C  concurrent connections/clients of the throughput scenarios (default 16)
              --note TEXT      a remark for the results file (e.g. "machine shared with a build")
            """;

    static Options parse(String[] args) {
        boolean quick = false;
        boolean reseed = false;
        TreeSet<Integer> scenarios = new TreeSet<>();
        int seconds = 0;
        int connections = 0;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--reseed" -> reseed = true;
                case "--scenario" -> {
                    for (String n : value(args, ++i).split(",")) {
                        int s = Integer.parseInt(n.trim());
                        if (s < 1 || s > 8) {
                            throw new IllegalArgumentException("scenarios are numbered 1 to 8: " + n);
                        }
                        scenarios.add(s);
                    }
                }
                case "--seconds" -> seconds = Integer.parseInt(value(args, ++i));
                case "--connections" -> connections = Integer.parseInt(value(args, ++i));
                case "--note" -> notes.add(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (scenarios.isEmpty()) {
            for (int s = 1; s <= 8; s++) {
                scenarios.add(s);
            }
        }
        return new Options(quick, reseed, scenarios, seconds, connections, String.join("; ", notes));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
