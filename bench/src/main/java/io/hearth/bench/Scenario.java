package io.hearth.bench;

import java.util.List;

/** One benchmark scenario of bench/README.md; its number is the one of issue 8's list. */
interface Scenario {

    int number();

    String title();

    List<Row> run(Run run) throws Exception;
}
