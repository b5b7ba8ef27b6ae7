package io.hearth.portal.web;

import java.util.List;
import java.util.Locale;

/** The menu of a portal, labelled in the viewer's language; each portal provides its own bean. */
public interface PortalMenu {

    List<MenuEntry> entries(Locale locale);
}
