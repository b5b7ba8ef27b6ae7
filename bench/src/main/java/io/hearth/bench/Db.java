package io.hearth.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** JDBC to the bench database (role hearth) and, for dropping and creating it, to the server as postgres. */
final class Db {

    private final Env env;

    Db(Env env) {
        this.env = env;
    }

    Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", env.dbUser());
        p.setProperty("password", env.dbPassword());
        p.setProperty("stringtype", "unspecified");
        p.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(env.jdbcUrl(), p);
    }

    /**
     * Drops and creates the bench database (owner hearth, btree_gist) as PostgreSQL's superuser: over TCP
     * (trust, as dev/services.sh tries first) or else through the postgres OS account (root only).
     */
    void recreate() throws SQLException, java.io.IOException, InterruptedException {
        try {
            recreateOverTcp();
        } catch (SQLException e) {
            if (!"28000".equals(e.getSQLState()) && !"28P01".equals(e.getSQLState())) {
                throw e;
            }
            for (String sql : List.of("drop database if exists " + env.database() + " with (force)",
                    "create database " + env.database() + " owner " + env.dbUser() + " encoding 'UTF8' template template0")) {
                asPostgres("postgres", sql);
            }
            asPostgres(env.database(), "create extension if not exists btree_gist");
        }
    }

    private void asPostgres(String database, String sql) throws java.io.IOException, InterruptedException {
        Process p = new ProcessBuilder("runuser", "-u", "postgres", "--", "psql", "-p", Integer.toString(env.pgPort()), "-d", database,
                "-v", "ON_ERROR_STOP=1", "-qc", sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("as postgres: " + sql + ": " + out);
        }
    }

    private void recreateOverTcp() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", System.getenv().getOrDefault("BENCH_PG_SUPERUSER", "postgres"));
        String url = "jdbc:postgresql://" + env.pgHost() + ":" + env.pgPort() + "/";
        try (Connection c = DriverManager.getConnection(url + "postgres", p); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + env.database() + " with (force)");
            s.execute("create database " + env.database() + " owner " + env.dbUser() + " encoding 'UTF8' template template0");
        }
        try (Connection c = DriverManager.getConnection(url + env.database(), p); Statement s = c.createStatement()) {
            s.execute("create extension if not exists btree_gist");
        }
    }

    static long scalar(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static List<String> texts(Connection c, String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
