/** HTTP edge shared by every feature: one problem+json mapper and its translated messages. */
package io.hearth.platform.shared.web;
