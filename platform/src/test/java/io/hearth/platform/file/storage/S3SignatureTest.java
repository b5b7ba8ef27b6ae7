package io.hearth.platform.file.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of the AWS S3 docs, "Signature calculations for the Authorization header". */
class S3SignatureTest {

    private static final S3Signature EXAMPLE = new S3Signature("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1");
    private static final Instant MAY_24_2013 = Instant.parse("2013-05-24T00:00:00Z");

    @Test
    void getObjectExample() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Range", "bytes=0-9");
        headers.put("x-amz-content-sha256", S3Signature.EMPTY_SHA256);
        headers.put("x-amz-date", "20130524T000000Z");

        String authorization = EXAMPLE.authorization("GET", "/test.txt", "", headers, S3Signature.EMPTY_SHA256, MAY_24_2013);

        assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", authorization);
    }

    @Test
    void putObjectExampleWithAnEncodedKey() {
        String payloadHash = S3Signature.sha256Hex("Welcome to Amazon S3.");
        assertEquals("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072", payloadHash);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Date", "Fri, 24 May 2013 00:00:00 GMT");
        headers.put("x-amz-date", "20130524T000000Z");
        headers.put("x-amz-storage-class", "REDUCED_REDUNDANCY");
        headers.put("x-amz-content-sha256", payloadHash);

        String authorization = EXAMPLE.authorization("PUT", S3Signature.encodePath("/test$file.text"), "", headers,
                payloadHash, MAY_24_2013);

        assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"
                + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", authorization);
    }

    @Test
    void pathsKeepSlashesAndUnreservedCharactersAndEncodeTheRestInUpperCaseHex() {
        assertEquals("/a/b-c_d.e~f", S3Signature.encodePath("/a/b-c_d.e~f"));
        assertEquals("/photo%20%2B%E7%85%A7", S3Signature.encodePath("/photo +照"));
    }

    @Test
    void theSecretNeverAppearsInTheDescription() {
        assertEquals("S3Signature[us-east-1, access key AKIAIOSFODNN7EXAMPLE]", EXAMPLE.toString());
    }
}
