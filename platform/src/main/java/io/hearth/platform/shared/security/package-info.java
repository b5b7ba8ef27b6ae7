/** Role names and security helpers shared by every feature. */
package io.hearth.platform.shared.security;
