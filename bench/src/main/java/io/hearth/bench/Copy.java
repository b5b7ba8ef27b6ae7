package io.hearth.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Rows streamed into one table with COPY (text format), flushed in ~1 MB chunks. */
final class Copy implements AutoCloseable {

    private final CopyIn in;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private final Progress progress;
    private boolean first = true;
    private long rows;

    Copy(Connection c, String table, String columns, Progress progress) throws SQLException {
        this.in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        this.progress = progress;
    }

    Copy v(Object value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof UUID) {
            buffer.append(value);
        } else {
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(ch);
                }
            }
        }
        return this;
    }

    void end() throws SQLException {
        buffer.append('\n');
        first = true;
        rows++;
        if (progress != null) {
            progress.step(1);
        }
        if (buffer.length() >= (1 << 20)) {
            flush();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        in.endCopy();
        if (progress != null) {
            progress.finish();
        }
    }

    long rows() {
        return rows;
    }
}
