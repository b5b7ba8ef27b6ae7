package io.hearth.platform.identity.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature against the worked examples Aliyun publishes; if these drift, every real call is refused. */
class AliyunRpcSignatureTest {

    /**
     * The SendSms example of the SMS signature doc (help.aliyun.com/document_detail/101343, «HTTP协议及签名»):
     * AccessKey testId / testSecret, request {@code GET /?Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D&...}.
     */
    @Test
    void reproducesTheDocumentedSendSmsExample() {
        Map<String, String> params = new HashMap<>();
        params.put("AccessKeyId", "testId");
        params.put("Action", "SendSms");
        params.put("Format", "XML");
        params.put("OutId", "123");
        params.put("PhoneNumbers", "15300000001");
        params.put("RegionId", "cn-hangzhou");
        params.put("SignName", "阿里云短信测试专用");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", "SMS_71390007");
        params.put("TemplateParam", "{\"customer\":\"test\"}");
        params.put("Timestamp", "2017-07-12T02:42:19Z");
        params.put("Version", "2017-05-25");

        assertEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", AliyunRpcSignature.signature("GET", params, "testSecret"));
        assertEquals("Signature=zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D",
                AliyunRpcSignature.signedQuery("GET", params, "testSecret").replaceAll(".*&(Signature=.*)$", "$1"));
    }

    /**
     * The DescribeRegions example of the RPC signature doc (developer.aliyun.com/ask/210168, «API 签名机制(示例)»):
     * AccessKey testid / testsecret, signature CT9X0VtwR86fNWSnsc6v8YGOjuE=. The page prints the string to sign
     * with its inner separators unencoded; the signature it gives is that of the encoded form asserted here.
     */
    @Test
    void reproducesTheDocumentedDescribeRegionsExample() {
        Map<String, String> params = Map.of(
                "TimeStamp", "2016-02-23T12:46:24Z",
                "Format", "XML",
                "AccessKeyId", "testid",
                "Action", "DescribeRegions",
                "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
                "Version", "2014-05-26",
                "SignatureVersion", "1.0");

        assertEquals("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                + "%26SignatureVersion%3D1.0%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
                AliyunRpcSignature.stringToSign("GET", params));
        assertEquals("CT9X0VtwR86fNWSnsc6v8YGOjuE=", AliyunRpcSignature.signature("GET", params, "testsecret"));
    }

    @Test
    void percentEncodingLeavesOnlyTheUnreservedCharacters() {
        assertEquals("AZaz09-_.~", AliyunRpcSignature.percentEncode("AZaz09-_.~"));
        assertEquals("a%20b%2Ac%2Bd%2Fe%3Df%26g%22", AliyunRpcSignature.percentEncode("a b*c+d/e=f&g\""));
        assertEquals("%E5%AE%B6", AliyunRpcSignature.percentEncode("家"));
    }
}
