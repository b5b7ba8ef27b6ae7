package io.hearth.platform.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import java.util.stream.Collectors;
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

    /** A JSON body with a value of the wrong kind, e.g. an unknown enum constant or text for a number. */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        Class<?> target = e.getTargetType();
        String message;
        if (e instanceof InvalidFormatException invalid && target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            message = ProblemMessages.detail("json-enum-value", new Object[] { invalid.getValue(), allowed }, locale);
        } else {
            String type = target == null ? "?" : target.getSimpleName();
            message = ProblemMessages.detail("json-wrong-type", new Object[] { type }, locale);
        }
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message));
        return problem(400, "validation-failed", ProblemMessages.detail("validation-failed", new Object[0], locale),
                errors, locale, uri);
    }

    @ServerExceptionMapper
    public Response jsonMalformed(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return simple(400, "bad-request", headers, uri);
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

    /** A unique or foreign key the checks before the write could not see (a concurrent request). */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers,
            UriInfo uri) {
        LOG.infof("Constraint %s refused a write on %s", e.getConstraintName(), uri.getPath());
        return simple(409, "conflict-duplicate", headers, uri);
    }

    /**
     * Commits wrap what the database refused (QuarkusTransaction, JPA flush): find a constraint or
     * optimistic-lock failure underneath instead of answering 500.
     */
    @ServerExceptionMapper({ jakarta.persistence.PersistenceException.class,
            io.quarkus.narayana.jta.QuarkusTransactionException.class, jakarta.transaction.RollbackException.class })
    public Response wrappedPersistence(Exception e, HttpHeaders headers, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                return databaseConstraint(c, headers, uri);
            }
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleObjectStateException) {
                return simple(409, "concurrent-modification", headers, uri);
            }
            if (t instanceof ApiException api) {
                return apiException(api, headers, uri);
            }
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper({ jakarta.persistence.OptimisticLockException.class,
            org.hibernate.StaleObjectStateException.class })
    public Response concurrentModification(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return simple(409, "concurrent-modification", headers, uri);
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
