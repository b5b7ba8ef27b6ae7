package io.hearth.portal.admin;

import static io.hearth.portal.admin.Fixtures.ORDER_ID;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.ChatApi;
import io.quarkus.test.InjectMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The customer-service inbox (list, unread filter, keyset pages), a conversation (history oldest first with older
 * pages, reply, mark read; CSRF, required text, what reaches the platform) and an order's read-only conversation.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class InboxPagesTest {

    static final String FORBIDDEN = "You may not see this page";
    static final String CONV = "dddddddd-dddd-dddd-dddd-dddddddddddd";

    @InjectMock
    @RestClient
    PlatformClient platform;

    static ChatApi.Message message(long seq, String sender, String text) {
        return new ChatApi.Message("m-" + seq, CONV, seq, sender, null, "TEXT", text, null, null, Instant.now());
    }

    @BeforeEach
    void platformAnswers() {
        when(platform.supportConversations(anyBoolean(), any(), anyInt())).thenReturn(new ChatApi.Page<>(List.of(
                new ChatApi.InboxRow(CONV, "c-1", "Li Na", "138****0002", 7, 5, 2, message(7, "CUSTOMER", "Is the worker coming?"),
                        Instant.now())), "k2"));
        when(platform.supportMessages(eq(CONV), isNull(), anyInt())).thenReturn(new ChatApi.MessagePage(CONV,
                List.of(message(7, "CUSTOMER", "Is the worker coming?"), message(6, "STAFF", "Hello, how can we help?")),
                5L, null, 5));
        when(platform.order(ORDER_ID)).thenReturn(Fixtures.order("ACCEPTED"));
        when(platform.payments(ORDER_ID)).thenReturn(Fixtures.payments());
        when(platform.orderMessages(eq(ORDER_ID), any(), anyInt())).thenReturn(new ChatApi.MessagePage(CONV,
                List.of(message(2, "WORKER", "I am on my way"), message(1, "CUSTOMER", "Please bring gloves")), null, null, 0));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void customerServiceSeesTheInboxWithUnreadCountsAndPages() {
        given().get("/inbox").then().statusCode(200)
                .body(containsString("Li Na"))
                .body(containsString("138****0002"))
                .body(containsString("Is the worker coming?"))
                .body(containsString("data-unread>2<"))
                .body(containsString("href=\"/inbox/" + CONV + "\""))
                .body(containsString("href=\"/inbox?cursor=k2\""));
        given().get("/inbox?unread=true").then().statusCode(200)
                .body(containsString("href=\"/inbox?unread=true&amp;cursor=k2\""));
        verify(platform).supportConversations(true, null, InboxPages.PER_PAGE);
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherMayNotSeeTheInbox() {
        given().get("/inbox").then().statusCode(403).body(containsString(FORBIDDEN));
        given().get("/inbox/" + CONV).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void aConversationReadsOldestFirstWithOlderPagesAndMarkRead() {
        String body = given().get("/inbox/" + CONV).then().statusCode(200)
                .body(containsString("href=\"/inbox/" + CONV + "?before=5\""))
                .body(containsString("name=\"seq\" value=\"7\""))
                .body(containsString("id=\"reply-form\""))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.indexOf("Hello, how can we help?") < body.indexOf("Is the worker coming?"));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/inbox/" + CONV);
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("seq", "7")
                .post("/inbox/" + CONV + "/read").then().statusCode(303).header("Location", containsString("done=read"));
        verify(platform).readSupport(CONV, new ChatApi.ReadInput(7L));
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void aReplyNeedsTextAndIsSentOnceWithTheFormsMessageId() {
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/inbox/" + CONV);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("text", "  ").post("/inbox/" + CONV + "/reply")
                .then().statusCode(422).body(containsString("data-field-error=\"text\">Required."));
        verify(platform, never()).sendSupportMessage(anyString(), any());
        given().contentType(Fixtures.FORM).formParam("text", "On the way").post("/inbox/" + CONV + "/reply")
                .then().statusCode(400);
        verify(platform, never()).sendSupportMessage(anyString(), any());
        given().redirects().follow(false).cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM)
                .formParam("csrf-token", csrf.token()).formParam("text", "She arrives at 10:00.")
                .formParam("clientMessageId", "form-1")
                .post("/inbox/" + CONV + "/reply").then().statusCode(303).header("Location", containsString("done=sent"));
        ArgumentCaptor<ChatApi.SendInput> sent = ArgumentCaptor.forClass(ChatApi.SendInput.class);
        verify(platform).sendSupportMessage(eq(CONV), sent.capture());
        org.junit.jupiter.api.Assertions.assertEquals(new ChatApi.SendInput("TEXT", "She arrives at 10:00.", null, "form-1"),
                sent.getValue());
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void aRefusedReplyShowsThePlatformsDetail() {
        when(platform.sendSupportMessage(eq(CONV), any())).thenThrow(Fixtures.problem(429, "chat-rate-limited",
                "Too many messages, wait a moment.", null, null));
        Fixtures.Csrf csrf = Fixtures.Csrf.from("/inbox/" + CONV);
        given().cookie("hearth-csrf", csrf.cookie()).contentType(Fixtures.FORM).formParam("csrf-token", csrf.token())
                .formParam("text", "Hello").post("/inbox/" + CONV + "/reply")
                .then().statusCode(422).body(containsString("id=\"platform-detail\">Too many messages, wait a moment."))
                .body(containsString(">Hello</textarea>"));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void theOrderPageHasAReadOnlyConversationTab() {
        given().get("/orders/" + ORDER_ID).then().statusCode(200)
                .body(containsString("href=\"/orders/" + ORDER_ID + "/conversation\""));
        given().get("/orders/" + ORDER_ID + "/conversation").then().statusCode(200)
                .body(containsString("Please bring gloves"))
                .body(containsString("I am on my way"))
                .body(containsString("Worker"))
                .body(not(containsString("id=\"reply-form\"")));
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeSeesNoConversation() {
        given().get("/orders/" + ORDER_ID).then().statusCode(200)
                .body(not(containsString("/conversation\"")));
        given().get("/orders/" + ORDER_ID + "/conversation").then().statusCode(403).body(containsString(FORBIDDEN));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void inChinese() {
        given().cookie("hearth-lang", "zh-CN").get("/inbox/" + CONV).then().statusCode(200)
                .body(containsString("标为已读")).body(containsString("客户"));
    }
}
