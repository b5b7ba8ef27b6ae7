package io.hearth.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts shared by both portals (layout, errors, paging, forms), English; {@link MsgZh} has every one in Chinese
 * ({@code MessageBundlesCompleteTest} checks none is missing). In templates: {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("Home")
    String menu_home();

    @Message("Sign out")
    String signOut();

    @Message("Language")
    String language();

    @Message("Menu")
    String menu();

    @Message("Welcome, {name}")
    String welcome(String name);

    @Message("Account")
    String account();

    @Message("Tenant")
    String tenant();

    @Message("Roles")
    String roles();

    @Message("The platform API is not reachable right now.")
    String platformUnavailable();

    @Message("You are signed in as {name}; pages that need the platform will work again once it answers.")
    String platformUnavailableHint(String name);

    @Message("The platform refused your account.")
    String platformRefused();

    @Message("You may not see this page")
    String forbiddenTitle();

    @Message("Your roles do not include this page. Ask the owner of your company account if you need it.")
    String forbiddenText();

    @Message("Page not found")
    String notFoundTitle();

    @Message("Something went wrong")
    String errorTitle();

    @Message("The request could not be completed. Please try again; if it keeps failing, tell your administrator.")
    String errorText();

    @Message("The form has expired or was not sent from this portal. Reload the page and try again.")
    String csrfRefused();

    @Message("Back to the home page")
    String backHome();

    @Message("Please correct the highlighted fields.")
    String fixFields();

    @Message("Required.")
    String required();

    @Message("Enter a whole number.")
    String wholeNumber();

    @Message("Enter an amount in yuan, e.g. 88 or 88.50.")
    String amountYuan();

    @Message("Enter a date (yyyy-mm-dd).")
    String dateFormat();

    @Message("Enter a date and time.")
    String dateTimeFormat();

    @Message("Saved.")
    String saved();

    @Message("Save")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("Delete")
    String delete();

    @Message("Edit")
    String edit();

    @Message("New")
    String create();

    @Message("Filter")
    String filter();

    @Message("Reset")
    String reset();

    @Message("Are you sure? This cannot be undone.")
    String confirmDestructive();

    @Message("Working…")
    String working();

    @Message("First page")
    String firstPage();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Page {page} of {pages}, {total} in all")
    String pageOf(int page, int pages, long total);

    @Message("Nothing here yet.")
    String empty();

    @Message("Actions")
    String actions();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();
}
