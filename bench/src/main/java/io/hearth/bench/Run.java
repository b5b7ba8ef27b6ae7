package io.hearth.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** Everything a scenario may use, and the load settings of this run. */
final class Run {

    final Env env;
    final DataSet ds;
    final Options options;
    final Db db;
    final Http http;
    final Auth auth;
    final Platform platform;
    final Wrk wrk;
    final PgBench pgbench;
    final Crypto crypto;

    Run(Env env, DataSet ds, Options options, Db db, Http http, Auth auth, Platform platform, Wrk wrk, PgBench pgbench) {
        this.env = env;
        this.ds = ds;
        this.options = options;
        this.db = db;
        this.http = http;
        this.auth = auth;
        this.platform = platform;
        this.wrk = wrk;
        this.pgbench = pgbench;
        this.crypto = new Crypto(env.secret("HEARTH_CRYPTO_DATA_KEY"), env.secret("HEARTH_CRYPTO_INDEX_KEY"));
    }

    /** Seconds of each measured run (after {@link #warmSeconds()} of warm-up). */
    int seconds() {
        return options.seconds() > 0 ? options.seconds() : ds.profile().equals("quick") ? 5 : 30;
    }

    int warmSeconds() {
        return ds.profile().equals("quick") ? 3 : 15;
    }

    /** Concurrent connections / clients of the throughput scenarios (the same for a scenario and its baseline). */
    int connections() {
        return options.connections() > 0 ? options.connections() : 16;
    }

    UUID tenantId(String slug) throws SQLException {
        try (Connection c = db.connect()) {
            String id = Db.text(c, "select id::text from tenant where slug = ?", slug);
            if (id == null) {
                throw new IllegalStateException("no tenant " + slug + " in " + env.database() + ": run with --reseed");
            }
            return UUID.fromString(id);
        }
    }

    String url(String path) {
        return env.appUrl() + path;
    }
}
