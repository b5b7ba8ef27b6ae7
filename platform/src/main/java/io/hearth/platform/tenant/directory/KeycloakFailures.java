package io.hearth.platform.tenant.directory;

import io.hearth.platform.shared.web.ApiException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Turns what the Keycloak admin client throws into the directory's API failures: unreachable,
 * refused credentials or a server error become 503, a clash 409, a rejected value 422.
 */
final class KeycloakFailures {

    private static final Logger LOG = Logger.getLogger(KeycloakFailures.class);

    /** Runs a Keycloak call; {@code subject} names the value a conflict or rejection is about. */
    <T> T translate(String subject, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw e;
        } catch (WebApplicationException e) {
            throw fromStatus(e.getResponse().getStatus(), subject, e);
        } catch (ProcessingException e) {
            // the admin client wraps a refused token request in a ProcessingException
            if (e.getCause() instanceof WebApplicationException status) {
                throw fromStatus(status.getResponse().getStatus(), subject, e);
            }
            LOG.warnf("Keycloak cannot be reached: %s", e.getMessage());
            throw new DirectoryUnavailableException(e);
        }
    }

    /** Create and update calls answer with a Response instead of throwing. */
    void requireSuccess(Response response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            throw new WebApplicationException(response.readEntity(String.class), response.getStatus());
        }
    }

    DirectoryUnavailableException notConfigured() {
        LOG.warn("Keycloak directory not configured: set quarkus.keycloak.admin-client.server-url");
        return new DirectoryUnavailableException(new IllegalStateException("quarkus.keycloak.admin-client.server-url is not set"));
    }

    private static ApiException fromStatus(int status, String subject, Exception cause) {
        return switch (status) {
            case 409 -> new DirectoryConflictException(subject);
            case 400 -> {
                LOG.infof("Keycloak rejected %s: %s", subject, cause.getMessage());
                yield ApiException.unprocessable("directory-rejected", subject);
            }
            case 401, 403 -> {
                LOG.errorf("Keycloak refused the platform's service account (HTTP %d): check HEARTH_PLATFORM_CLIENT_SECRET"
                        + " and the realm-management roles of hearth-platform", status);
                yield new DirectoryUnavailableException(cause);
            }
            default -> {
                LOG.warnf("Keycloak failed (HTTP %d): %s", status, cause.getMessage());
                yield new DirectoryUnavailableException(cause);
            }
        };
    }
}
