package io.hearth.portal.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.ChatApi;
import io.hearth.portal.api.InboxApi;
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

/**
 * The inbox and an open conversation follow new messages without a reload: htmx polls fragments of this portal
 * (the browser has no platform token) every 5 s while the tab is visible — the conversation list with its unread
 * badges, and only the messages after the last seq shown, appended with the poller and the read form moved on.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LiveInboxTest {

    static final String CONV = "dddddddd-dddd-dddd-dddd-dddddddddddd";
    static final String POLL = "hx-trigger=\"every 5s [document.visibilityState==='visible']\"";

    @InjectMock
    @RestClient
    PlatformClient platform;

    static ChatApi.Message message(long seq, String sender, String text) {
        return InboxPagesTest.message(seq, sender, text);
    }

    static ChatApi.InboxRow row(long unread, String last) {
        return new ChatApi.InboxRow(CONV, "c-1", "Li Na", "138****0002", 9, 9 - unread, unread,
                message(9, "CUSTOMER", last), Instant.now());
    }

    @BeforeEach
    void platformAnswers() {
        when(platform.supportConversations(anyBoolean(), any(), anyInt()))
                .thenReturn(new ChatApi.Page<>(List.of(row(2, "Is the worker coming?")), null));
        when(platform.supportUnread()).thenReturn(new InboxApi.Unread(2, 1));
        when(platform.supportMessages(eq(CONV), isNull(), anyInt())).thenReturn(new ChatApi.MessagePage(CONV,
                List.of(message(7, "CUSTOMER", "Is the worker coming?"), message(6, "STAFF", "Hello, how can we help?")),
                5L, null, 6));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void theInboxPollsItsListWhileTheTabIsVisible() {
        given().get("/inbox").then().statusCode(200)
                .body(containsString("id=\"inbox-live\" hx-get=\"/inbox/live?unread=false\" " + POLL))
                .body(containsString("id=\"unread-total\""))
                .body(containsString("data-unread>2<"));
        given().get("/inbox?unread=true&cursor=k2").then().statusCode(200)
                .body(containsString("hx-get=\"/inbox/live?unread=true&amp;cursor=k2\""));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void theListFragmentIsOnlyTheListWithTheNewUnreadBadges() {
        when(platform.supportConversations(anyBoolean(), any(), anyInt()))
                .thenReturn(new ChatApi.Page<>(List.of(row(5, "Hello? Anyone?")), "k2"));
        when(platform.supportUnread()).thenReturn(new InboxApi.Unread(5, 3));
        String fragment = given().get("/inbox/live?unread=true").then().statusCode(200)
                .body(containsString("data-unread>5<"))
                .body(containsString("Hello? Anyone?"))
                .body(containsString("id=\"unread-total\" title=\"Conversations with unread customer messages\">3<"))
                .body(containsString(POLL))
                .body(not(containsString("<html")))
                .body(not(containsString("id=\"menu\"")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(fragment.strip().startsWith("<div id=\"inbox-live\""), fragment);
        verify(platform).supportConversations(true, null, InboxPages.PER_PAGE);
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void anOpenConversationPollsForMessagesAfterTheNewestShown() {
        given().get("/inbox/" + CONV).then().statusCode(200)
                .body(containsString("id=\"live-messages\" hx-get=\"/inbox/" + CONV + "/messages?after=7\" " + POLL
                        + " hx-target=\"#messages\" hx-swap=\"beforeend\""))
                .body(containsString("id=\"reply-form\""));
        // an older page is history: it does not poll
        when(platform.supportMessages(eq(CONV), eq(5L), anyInt())).thenReturn(new ChatApi.MessagePage(CONV,
                List.of(message(4, "CUSTOMER", "Earlier")), null, null, 6));
        given().get("/inbox/" + CONV + "?before=5").then().statusCode(200).body(containsString("Earlier"))
                .body(not(containsString("id=\"live-messages\"")));
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void theMessagesFragmentHasOnlyTheNewMessagesAndMovesThePollerOn() {
        when(platform.supportMessagesAfter(CONV, 7, InboxPages.MESSAGES)).thenReturn(new ChatApi.MessagePage(CONV,
                List.of(message(8, "CUSTOMER", "I am waiting at the gate"), message(9, "STAFF", "She is two minutes away")),
                null, null, 7));
        String fragment = given().get("/inbox/" + CONV + "/messages?after=7").then().statusCode(200)
                .body(containsString("data-seq=\"8\""))
                .body(containsString("I am waiting at the gate"))
                .body(containsString("data-seq=\"9\""))
                .body(not(containsString("data-seq=\"7\"")))
                .body(not(containsString("Is the worker coming?")))
                .body(not(containsString("reply-form")))
                .body(not(containsString("<html")))
                .body(containsString("hx-get=\"/inbox/" + CONV + "/messages?after=9\""))
                .body(containsString("id=\"read-slot\" hx-swap-oob=\"true\""))
                .body(containsString("name=\"seq\" value=\"9\""))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(fragment.indexOf("data-seq=\"8\"") < fragment.indexOf("data-seq=\"9\""));
        org.junit.jupiter.api.Assertions.assertTrue(fragment.contains("id=\"live-messages\"")
                && fragment.contains("hx-swap-oob=\"true\" data-after=\"9\""), fragment);
        verify(platform).supportMessagesAfter(CONV, 7, InboxPages.MESSAGES);
        verify(platform, never()).supportMessages(anyString(), any(), anyInt());
    }

    @Test
    @TestSecurity(user = "li-owner", roles = "owner")
    void nothingNewIsNoContentAndAMessageAlreadyShownIsNotRepeated() {
        when(platform.supportMessagesAfter(CONV, 9, InboxPages.MESSAGES))
                .thenReturn(new ChatApi.MessagePage(CONV, List.of(), null, null, 9));
        given().get("/inbox/" + CONV + "/messages?after=9").then().statusCode(204).body(emptyString());
        // a platform answering with what the page already shows adds nothing
        when(platform.supportMessagesAfter(CONV, 8, InboxPages.MESSAGES))
                .thenReturn(new ChatApi.MessagePage(CONV, List.of(message(8, "CUSTOMER", "old")), null, null, 9));
        given().get("/inbox/" + CONV + "/messages?after=8").then().statusCode(204);
        given().get("/inbox/" + CONV + "/messages").then().statusCode(400);
        given().get("/inbox/" + CONV + "/messages?after=-1").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "cs", roles = "customer-service")
    void theFirstMessageOfAnEmptyConversationReplacesTheEmptyNote() {
        when(platform.supportMessagesAfter(CONV, 0, InboxPages.MESSAGES)).thenReturn(new ChatApi.MessagePage(CONV,
                List.of(message(1, "CUSTOMER", "Hi")), null, null, 0));
        given().get("/inbox/" + CONV + "/messages?after=0").then().statusCode(200)
                .body(containsString("id=\"no-messages\" hx-swap-oob=\"delete\""))
                .body(containsString("name=\"seq\" value=\"1\""));
    }

    @Test
    @TestSecurity(user = "disp", roles = "dispatcher")
    void aDispatcherGetsNeitherFragment() {
        given().get("/inbox/live").then().statusCode(403);
        given().get("/inbox/" + CONV + "/messages?after=7").then().statusCode(403);
        verify(platform, never()).supportConversations(anyBoolean(), any(), anyInt());
        verify(platform, never()).supportMessagesAfter(anyString(), anyLong(), anyInt());
    }

    @Test
    @TestSecurity(user = "fin", roles = "finance")
    void financeGetsNeitherFragment() {
        given().get("/inbox/live").then().statusCode(403);
        given().get("/inbox/" + CONV + "/messages?after=7").then().statusCode(403);
    }
}
