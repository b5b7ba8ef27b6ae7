package io.hearth.portal.admin;

import io.hearth.portal.PlatformClient;
import io.hearth.portal.api.ChatApi;
import io.hearth.portal.api.InboxApi;
import io.hearth.portal.web.Bundles;
import io.hearth.portal.web.FormErrors;
import io.hearth.portal.web.KeysetPager;
import io.hearth.portal.web.Msg;
import io.hearth.portal.web.PlatformProblem;
import io.hearth.portal.web.PlatformRefused;
import io.hearth.portal.web.PortalRoles;
import io.hearth.portal.web.UserLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The customer-service inbox (owner, customer service): support conversations (all or unread, keyset pages), a
 * conversation's history in pages (older via {@code before}), a text reply (a per-render client message id makes a
 * double submit send once) and "mark read" up to the newest message shown. Both pages stay live without a reload:
 * htmx polls a fragment every few seconds while the tab is visible — the list with its unread badges, and the
 * messages after the last seq shown (appended; the reply being typed is left alone). The browser holds no platform
 * token, so the polls come here and go on with the viewer's.
 */
@Path("/inbox")
@RolesAllowed({ PortalRoles.OWNER, PortalRoles.CUSTOMER_SERVICE })
@Produces(MediaType.TEXT_HTML)
public class InboxPages {

    static final int PER_PAGE = 20;
    static final int MESSAGES = 30;

    @CheckedTemplate(basePath = "InboxPages")
    static class Templates {
        static native TemplateInstance inbox(List<ChatApi.InboxRow> conversations, KeysetPager pager, boolean unread,
                InboxApi.Unread totals, String pollHref);

        /** The polled part of the inbox: filters with the unread total, and the conversations. */
        static native TemplateInstance inbox$live(List<ChatApi.InboxRow> conversations, boolean unread,
                InboxApi.Unread totals, String pollHref);

        static native TemplateInstance conversation(String id, List<ChatApi.Message> messages, String olderHref,
                long newestSeq, long lastReadSeq, FormErrors errors, String text, String clientMessageId,
                String done, boolean live);

        /** Messages after the poller's seq, to append, with the poller and the read form moved on (out of band). */
        static native TemplateInstance newMessages(String id, List<ChatApi.Message> messages, long newestSeq,
                long lastReadSeq, boolean wasEmpty);
    }

    @Inject
    @RestClient
    PlatformClient platform;

    @Inject
    UserLanguage language;

    @GET
    public TemplateInstance inbox(@QueryParam("unread") boolean unread, @QueryParam("cursor") String cursor,
            @QueryParam("trail") String trail) {
        ChatApi.Page<ChatApi.InboxRow> page = platform.supportConversations(unread, Forms.trimmed(cursor), PER_PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("unread", unread ? "true" : null);
        return Templates.inbox(page.items(),
                KeysetPager.of("/inbox", filters, Forms.trimmed(cursor), trail, page.nextCursor()), unread,
                platform.supportUnread(), pollHref(unread, cursor));
    }

    /** The same page of conversations again, for the poll: rows, unread badges and the unread total. */
    @GET
    @Path("/live")
    public TemplateInstance live(@QueryParam("unread") boolean unread, @QueryParam("cursor") String cursor) {
        ChatApi.Page<ChatApi.InboxRow> page = platform.supportConversations(unread, Forms.trimmed(cursor), PER_PAGE);
        return Templates.inbox$live(page.items(), unread, platform.supportUnread(), pollHref(unread, cursor));
    }

    private static String pollHref(boolean unread, String cursor) {
        StringBuilder href = new StringBuilder("/inbox/live?unread=").append(unread);
        String c = Forms.trimmed(cursor);
        if (c != null) {
            href.append("&cursor=").append(URLEncoder.encode(c, StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    /**
     * The messages after {@code after} (the newest seq the page shows), oldest first; 204 when there is none, so
     * htmx leaves the page as it is.
     */
    @GET
    @Path("/{id}/messages")
    public Response newMessages(@PathParam("id") String id, @QueryParam("after") Long after) {
        if (after == null || after < 0) {
            return Response.status(400).build();
        }
        ChatApi.MessagePage page = platform.supportMessagesAfter(id, after, MESSAGES);
        List<ChatApi.Message> fresh = oldestFirst(page).stream().filter(m -> m.seq() > after).toList();
        if (fresh.isEmpty()) {
            return Response.noContent().build();
        }
        long newest = fresh.get(fresh.size() - 1).seq();
        return Response.ok(Templates.newMessages(id, fresh, newest, page.lastReadSeq(), after == 0)).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance conversation(@PathParam("id") String id, @QueryParam("before") Long before,
            @QueryParam("done") String done) {
        return page(id, before, FormErrors.none(), "", done);
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") String id, @FormParam("text") String text,
            @FormParam("clientMessageId") String clientMessageId) {
        FormErrors errors = FormErrors.none();
        String t = new Forms(errors, msg()).required("text", text);
        if (t != null && t.length() > 1000) {
            errors.field("text", Bundles.of(Ta.class, language.locale()).messageTooLong());
        }
        if (!errors.any()) {
            try {
                String key = Forms.blank(clientMessageId) ? UUID.randomUUID().toString() : clientMessageId.strip();
                platform.sendSupportMessage(id, new ChatApi.SendInput("TEXT", t, null, key));
                return Response.seeOther(URI.create("/inbox/" + id + "?done=sent")).build();
            } catch (PlatformRefused e) {
                errors.platform(PlatformProblem.forForm(e));
            }
        }
        return Response.status(422).entity(page(id, null, errors, text == null ? "" : text, null)).build();
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") String id, @FormParam("seq") Long seq) {
        if (seq == null || seq < 0) {
            return Response.status(422).entity(page(id, null,
                    FormErrors.none().field("seq", msg().required()), "", null)).build();
        }
        platform.readSupport(id, new ChatApi.ReadInput(seq));
        return Response.seeOther(URI.create("/inbox/" + id + "?done=read")).build();
    }

    private TemplateInstance page(String id, Long before, FormErrors errors, String text, String done) {
        ChatApi.MessagePage page = platform.supportMessages(id, before, MESSAGES);
        List<ChatApi.Message> shown = oldestFirst(page);
        long newest = shown.stream().mapToLong(ChatApi.Message::seq).max().orElse(0);
        String older = page.nextBeforeSeq() == null ? null : "/inbox/" + id + "?before=" + page.nextBeforeSeq();
        // an older page is history: only the newest page follows new messages
        return Templates.conversation(id, shown, older, newest, page.lastReadSeq(), errors, text,
                UUID.randomUUID().toString(), done == null ? "" : done, before == null);
    }

    /** The platform pages newest first; a conversation reads oldest first. */
    static List<ChatApi.Message> oldestFirst(ChatApi.MessagePage page) {
        List<ChatApi.Message> shown = new ArrayList<>(page == null || page.messages() == null ? List.of()
                : page.messages());
        shown.sort(java.util.Comparator.comparingLong(ChatApi.Message::seq));
        return Collections.unmodifiableList(shown);
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }
}
