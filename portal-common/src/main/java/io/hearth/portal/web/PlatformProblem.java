package io.hearth.portal.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the platform said when it refused a call: its problem+json, already in the viewer's language (the portal
 * forwards Accept-Language), reduced to what a page shows — the detail and the field errors by field name
 * ({@code code}, {@code texts[zh-CN].name}, ...). Never a stack trace.
 */
public record PlatformProblem(int status, String code, String detail, Map<String, String> fieldErrors) {

    /** The problem in a refusal by the platform, or null if the exception is not an HTTP answer of the platform. */
    public static PlatformProblem of(Throwable e) {
        if (e instanceof PlatformRefused refused) {
            return refused.problem();
        }
        if (!(e instanceof WebApplicationException wae) || wae.getResponse() == null) {
            return null;
        }
        return of(wae.getResponse());
    }

    /** The problem in an error answer of the platform (read once: the body is consumed). */
    public static PlatformProblem of(Response response) {
        int status = response.getStatus();
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            if (body == null || body.isBlank()) {
                return new PlatformProblem(status, null, null, Map.of());
            }
            JsonObject problem = new JsonObject(body);
            Map<String, String> fields = new LinkedHashMap<>();
            JsonArray errors = problem.getJsonArray("errors");
            if (errors != null) {
                for (int i = 0; i < errors.size(); i++) {
                    JsonObject fe = errors.getJsonObject(i);
                    fields.merge(fe.getString("field", "body"), fe.getString("message", ""), (a, b) -> a + " " + b);
                }
            }
            return new PlatformProblem(status, problem.getString("code"), problem.getString("detail"), fields);
        } catch (RuntimeException notJson) {
            return new PlatformProblem(status, null, null, Map.of());
        }
    }

    /** The platform did not answer at all (connection refused, timeout). */
    public static boolean unreachable(Throwable e) {
        return e instanceof ProcessingException;
    }

    /**
     * The refusal a form shows next to its fields (validation, conflict); any other answer — not signed in, not
     * allowed, not found, the platform failing — is thrown on to become an error page.
     */
    public static PlatformProblem forForm(PlatformRefused e) {
        PlatformProblem problem = e.problem();
        if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404 || problem.status() >= 500) {
            throw e;
        }
        return problem;
    }

    public boolean hasFieldErrors() {
        return !fieldErrors.isEmpty();
    }
}
