/**
 * Who the caller is: staff sessions from Keycloak tokens now; customer and worker sign-in (phone +
 * SMS code, WeChat) and platform-issued tokens arrive with the tenancy issue.
 */
package io.hearth.platform.identity;
