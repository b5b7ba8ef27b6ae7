package io.hearth.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** The two Redis commands the harness needs (empty the bench database, read the server version), over RESP. */
final class Redis {

    private Redis() {
    }

    static void flushDb(int port, int db) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(command("SELECT", Integer.toString(db)));
            out.write(command("FLUSHDB"));
            out.flush();
            InputStream in = s.getInputStream();
            for (int replies = 0; replies < 2; replies++) {
                String line = line(in);
                if (!line.startsWith("+")) {
                    throw new IOException("Redis answered " + line);
                }
            }
        }
    }

    static String version(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(command("INFO", "server"));
            InputStream in = s.getInputStream();
            String header = line(in);
            int length = Integer.parseInt(header.substring(1));
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            for (String l : body.split("\r\n")) {
                if (l.startsWith("redis_version:")) {
                    return l.substring("redis_version:".length());
                }
            }
            return "?";
        } catch (IOException | RuntimeException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static byte[] command(String... parts) {
        StringBuilder b = new StringBuilder("*").append(parts.length).append("\r\n");
        for (String p : parts) {
            b.append('$').append(p.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(p).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
