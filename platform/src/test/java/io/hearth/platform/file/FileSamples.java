package io.hearth.platform.file;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Content with real magic numbers, the upload call, and what a tenant has stored (rows and bytes). */
final class FileSamples {

    /** %test.hearth.files.filesystem.root, relative to the module directory the tests run in. */
    static final Path ROOT = Path.of("target/test-files");

    private FileSamples() {
    }

    static byte[] jpeg(int size) {
        return withHead(size, 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F');
    }

    static byte[] png(int size) {
        return withHead(size, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    static byte[] webp(int size) {
        return withHead(size, 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P');
    }

    static byte[] pdf(int size) {
        return withHead(size, '%', 'P', 'D', 'F', '-', '1', '.', '7');
    }

    static byte[] text() {
        return "just some notes, not a picture\n".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withHead(int size, int... head) {
        byte[] b = new byte[size];
        ThreadLocalRandom.current().nextBytes(b);
        for (int i = 0; i < head.length; i++) {
            b[i] = (byte) head[i];
        }
        return b;
    }

    static Response upload(String token, String purpose, byte[] content, String fileName, String declaredType) {
        return given().auth().oauth2(token)
                .multiPart("file", fileName, content, declaredType)
                .multiPart("purpose", purpose)
                .when().post("/api/files");
    }

    static String uploadOk(String token, String purpose, byte[] content) {
        return upload(token, purpose, content, "x.bin", "application/octet-stream").then().statusCode(201)
                .extract().path("id");
    }

    static long rows(AgroalDataSource db, UUID tenantId) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from stored_file where tenant_id = ?")) {
            ps.setObject(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every regular file under the tenant's directory of the filesystem storage, temporary ones included. */
    static long objects(UUID tenantId) throws IOException {
        Path dir = ROOT.resolve(tenantId.toString());
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
