package io.hearth.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures as pages in the viewer's language, never a stack trace: a role that may not see a page (403), a page or
 * record that does not exist (404), a refusal by the platform (its own translated detail), the platform being
 * unreachable (503), anything else (500, logged).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String title, String text, String detail);
    }

    @Inject
    UserLanguage language;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        Msg msg = msg();
        return page(403, msg.forbiddenTitle(), msg.forbiddenText(), null);
    }

    @ServerExceptionMapper
    public Response processing(ProcessingException e) {
        LOG.warnf("Platform API not reachable: %s", e.toString());
        Msg msg = msg();
        return page(503, msg.platformUnavailable(), msg.errorText(), null);
    }

    @ServerExceptionMapper
    public Response refused(PlatformRefused e) {
        return platformPage(e.problem(), e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        return platformPage(PlatformProblem.of(e), e);
    }

    private Response platformPage(PlatformProblem problem, RuntimeException e) {
        Msg msg = msg();
        int status = problem == null ? 500 : problem.status();
        String detail = problem == null ? null : problem.detail();
        if (status == 401 || status == 403) {
            return page(403, msg.forbiddenTitle(), msg.forbiddenText(), detail);
        }
        if (status == 404) {
            return page(404, msg.notFoundTitle(), null, detail);
        }
        if (status >= 400 && status < 500) {
            return page(status, msg.errorTitle(), null, detail);
        }
        LOG.warnf("Platform API failed: %s", e.toString());
        return page(502, msg.errorTitle(), msg.errorText(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure", e);
        Msg msg = msg();
        return page(500, msg.errorTitle(), msg.errorText(), null);
    }

    private Msg msg() {
        return Bundles.of(Msg.class, language.locale());
    }

    private static Response page(int status, String title, String text, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, text, detail).render()).build();
    }
}
