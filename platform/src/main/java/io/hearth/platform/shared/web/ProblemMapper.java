package io.hearth.platform.shared.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become {@code application/problem+json}. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = e.fieldErrors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(f -> new Problem.FieldError(f.getKey(), ProblemMessages.detail(f.getValue(), new Object[0], locale)))
                .toList();
        return problem(e.status(), e.messageKey(), ProblemMessages.detail(e.messageKey(), e.args(), locale), errors,
                locale, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(400, "validation-failed", ProblemMessages.detail("validation-failed", new Object[0], locale),
                errors, locale, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return simple(401, "unauthenticated", headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return simple(403, "forbidden", headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String key = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "no-such-resource";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
        return simple(status, key, headers, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        LOG.errorf(e, "Unhandled failure on %s", uri.getPath());
        return simple(500, "internal-error", headers, uri);
    }

    private Response simple(int status, String key, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        return problem(status, key, ProblemMessages.detail(key, new Object[0], locale), List.of(), locale, uri);
    }

    private static Response problem(int status, String key, String detail, List<Problem.FieldError> errors,
            Locale locale, UriInfo uri) {
        Problem body = new Problem("urn:hearth:problem:" + key, ProblemMessages.title(status, locale), status, detail,
                uri.getPath(), key, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body).build();
    }

    private static Locale locale(HttpHeaders headers) {
        return ProblemMessages.pick(headers.getAcceptableLanguages());
    }

    /** "create.request.priceFen" -> "priceFen", "list.size" -> "size": callers know their fields, not our methods. */
    static String field(ConstraintViolation<?> v) {
        String[] parts = v.getPropertyPath().toString().split("\\.");
        if (parts.length <= 1) {
            return parts[0];
        }
        return parts.length == 2 ? parts[1] : String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }
}
