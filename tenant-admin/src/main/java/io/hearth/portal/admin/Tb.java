package io.hearth.portal.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** tenant-admin texts, English ({@code {tb:key}} in templates). Generated from src/main/i18n/ta.tsv by gen.py: edit that. */
@MessageBundle(value = "tb", locale = "en")
public interface Tb {

    @Message("Staff accounts")
    String staffAccounts();

    @Message("{enabled} of the {max} enabled accounts your plan allows are in use.")
    String staffUsage(String enabled, String max);

    @Message("Enabled accounts: {enabled}.")
    String staffUsageNoLimit(String enabled);

    @Message("Username, name or e-mail")
    String searchStaff();

    @Message("Username")
    String staffUsername();

    @Message("Lower-case letters, digits, dot, dash or underscore; 3 to 60 characters.")
    String staffUsernameHint();

    @Message("E-mail")
    String staffEmail();

    @Message("First name")
    String staffFirstName();

    @Message("Last name")
    String staffLastName();

    @Message("Name")
    String staffName();

    @Message("Roles")
    String staffRoles();

    @Message("Enabled")
    String staffEnabled();

    @Message("Disabled")
    String staffDisabled();

    @Message("Created")
    String staffCreatedAt();

    @Message("{#when r}{#is 'owner'}Owner{#is 'dispatcher'}Dispatcher{#is 'customer-service'}Customer service{#is 'finance'}Finance{#is 'catalog-manager'}Catalog manager{#is 'marketing'}Marketing{#else}{r}{/when}")
    String staffRole(String r);

    @Message("{#when r}{#is 'owner'}everything, including staff accounts and settings{#is 'dispatcher'}orders, dispatch, workers, alerts{#is 'customer-service'}orders, complaints, customer inbox{#is 'finance'}orders and payments{#is 'catalog-manager'}services, packages and prices{#is 'marketing'}customers, notification templates, promotions{#else}{/when}")
    String staffRoleHint(String r);

    @Message("New staff account")
    String inviteStaff();

    @Message("The account gets a temporary password, shown once after it is created. Hand it over in person; the new colleague must change it at the first sign-in.")
    String inviteHint();

    @Message("Create account")
    String createAccount();

    @Message("Choose at least one role.")
    String chooseRoles();

    @Message("Choose roles from the list.")
    String unknownRole();

    @Message("Save roles")
    String saveRoles();

    @Message("A role change applies at the colleague's next sign-in or within a few minutes.")
    String rolesHint();

    @Message("Disable account")
    String disableAccount();

    @Message("Enable account")
    String enableAccount();

    @Message("Disable {username}? The account is signed out and cannot sign in until it is enabled again.")
    String confirmDisable(String username);

    @Message("Enable {username} again?")
    String confirmEnable(String username);

    @Message("Reset password")
    String resetPassword();

    @Message("Replaces the password with a new temporary one and signs the account out.")
    String resetPasswordHint();

    @Message("Reset the password of {username}? The current password stops working at once.")
    String confirmReset(String username);

    @Message("Account {username} is created.")
    String accountCreated(String username);

    @Message("The password of {username} is reset.")
    String passwordWasReset(String username);

    @Message("Temporary password")
    String temporaryPassword();

    @Message("This password is shown only now: copy it and hand it over securely. {username} must change it at the first sign-in.")
    String temporaryPasswordOnce(String username);

    @Message("Back to staff accounts")
    String backToStaff();

    @Message("{#when d}{#is 'roles'}The roles are saved.{#is 'disabled'}The account is disabled.{#is 'enabled'}The account is enabled.{#else}Done.{/when}")
    String staffDone(String d);

    @Message("New package")
    String newPackage();

    @Message("Edit package")
    String editPackage();

    @Message("Package price (yuan)")
    String packagePriceYuan();

    @Message("Duration (minutes)")
    String packageDurationMinutes();

    @Message("Valid from")
    String validFrom();

    @Message("Valid until")
    String validUntil();

    @Message("Included items")
    String includedItems();

    @Message("Service item")
    String serviceItem();

    @Message("disabled")
    String disabledMark();

    @Message("Add an item")
    String addRow();

    @Message("Remove")
    String removeRow();

    @Message("Each item once, with how many of it the package includes; at most {max} items.")
    String packageItemsHint(String max);

    @Message("A package includes at least one service item.")
    String packageNeedsItems();

    @Message("At most {max} items.")
    String tooManyPackageItems(String max);

    @Message("This item is already in the package.")
    String itemTwice();

    @Message("Disable this package? Customers can no longer book it.")
    String confirmDisablePackage();

    @Message("Disable this service item? Customers can no longer book it.")
    String confirmDisableItem();

    @Message("JPEG, PNG or WebP. The first image is the cover customers see in the list.")
    String imagesHint();

    @Message("Images can be added once the item is saved.")
    String imagesAfterSave();

    @Message("No images yet.")
    String noImages();

    @Message("Add an image")
    String addImage();

    @Message("Upload")
    String upload();

    @Message("Cover")
    String cover();

    @Message("Make cover")
    String makeCover();

    @Message("Move earlier")
    String moveLeft();

    @Message("Move later")
    String moveRight();

    @Message("Remove this image from the item?")
    String confirmRemoveImage();

    @Message("An item has at most {max} images: remove one first.")
    String tooManyImages(String max);

    @Message("This file is too large to upload.")
    String fileTooLargeForPortal();

    @Message("{#when d}{#is 'added'}The image is added.{#is 'removed'}The image is removed.{#is 'moved'}The order of the images is saved.{#else}{d}{/when}")
    String imagesDone(String d);

    @Message("Conversations with unread customer messages")
    String unreadBadgeTitle();

    @Message("Branding & mini program")
    String brandingSettings();

    @Message("Branding saved: the mini program shows it now.")
    String brandingSaved();

    @Message("Name customers see")
    String brandingDisplayName();

    @Message("Primary colour")
    String brandingPrimaryColor();

    @Message("Pick a colour")
    String brandingPickColor();

    @Message("# and six hexadecimal digits, e.g. #C2410C. The mini program writes white text on it in headers and buttons.")
    String brandingColorHint();

    @Message("Use # and six hexadecimal digits, e.g. #C2410C.")
    String brandingColorFormat();

    @Message("White text on this colour fails WCAG AA (a contrast of at least 4.5:1): customers may struggle to read headers and buttons. Choose a darker colour.")
    String brandingContrastWarning();

    @Message("contrast")
    String brandingContrastRatio();

    @Message("Logo")
    String brandingLogo();

    @Message("Current logo")
    String brandingCurrentLogo();

    @Message("No logo yet.")
    String brandingNoLogo();

    @Message("PNG, JPEG or WebP, at most 1 MB; a square image shows best. Choosing a file replaces the current logo when you save.")
    String brandingLogoHint();

    @Message("Remove the logo")
    String brandingRemoveLogo();

    @Message("WeChat mini-program AppID")
    String brandingAppId();

    @Message("wx followed by 16 characters 0-9 and a-f, as the WeChat admin console shows it.")
    String brandingAppIdHint();

    @Message("An AppID is wx followed by 16 lower-case hexadecimal digits (0-9, a-f).")
    String brandingAppIdFormat();

    @Message("Customer-service phone")
    String brandingServicePhone();

    @Message("Shown in the mini program so that customers can call you, e.g. 400-820-8820.")
    String brandingServicePhoneHint();

    @Message("Use 5 to 20 digits, an optional leading + and hyphens between groups, e.g. 400-820-8820.")
    String brandingPhoneFormat();

    @Message("H5 domain")
    String brandingH5Host();

    @Message("Set by the platform: ask the platform to change it.")
    String brandingH5HostHint();

    @Message("Not set")
    String brandingNotSet();

    @Message("Live preview: the mini program's home screen")
    String brandingPreview();

    @Message("Search services")
    String brandingSampleSearch();

    @Message("Daily cleaning")
    String brandingSampleService1();

    @Message("Deep cleaning")
    String brandingSampleService2();

    @Message("Appliance cleaning")
    String brandingSampleService3();

    @Message("¥50 / hour")
    String brandingSamplePrice1();

    @Message("from ¥299")
    String brandingSamplePrice2();

    @Message("from ¥129")
    String brandingSamplePrice3();

    @Message("Book now")
    String brandingSampleBook();

    @Message("Home")
    String brandingSampleHome();

    @Message("Orders")
    String brandingSampleOrders();

    @Message("Me")
    String brandingSampleMe();

    @Message("Phone, last four digits or nickname")
    String customersSearch();

    @Message("Member level")
    String memberLevel();

    @Message("e.g. GOLD")
    String memberLevelHint();

    @Message("Registered from")
    String registeredFrom();

    @Message("Registered until")
    String registeredTo();

    @Message("Nickname")
    String nickname();

    @Message("(no nickname)")
    String noNickname();

    @Message("Registered")
    String registeredAt();

    @Message("Orders")
    String ordersTotal();

    @Message("Completed")
    String ordersCompleted();

    @Message("Paid (net of refunds)")
    String ordersPaid();

    @Message("Last order")
    String lastOrderAt();

    @Message("Profile")
    String customerProfile();

    @Message("Gender")
    String genderLabel();

    @Message("{#when g}{#is 'FEMALE'}Female{#is 'MALE'}Male{#is 'UNDISCLOSED'}Not disclosed{#else}{g}{/when}")
    String gender(String g);

    @Message("Signed in with WeChat")
    String weChatBound();

    @Message("No phone number (WeChat sign-in only)")
    String noPhone();

    @Message("Show the full number")
    String showPhone();

    @Message("Show this customer's full phone number? Who looked and when is recorded in the audit log.")
    String confirmShowPhone();

    @Message("Full number, shown to you and recorded in the audit log")
    String phoneRevealed();

    @Message("Orders and spending")
    String orderStats();

    @Message("Open complaints")
    String openComplaints();

    @Message("Membership and points")
    String membership();

    @Message("No member level")
    String noMemberLevel();

    @Message("Member discount {pct}%")
    String levelDiscount(String pct);

    @Message("Points balance")
    String pointsBalance();

    @Message("{#when r}{#is 'ORDER_SPEND'}Used for an order{#is 'ORDER_RESTORE'}Given back from an order{#else}{r}{/when}")
    String pointsReason(String r);

    @Message("Service addresses")
    String serviceAddresses();

    @Message("Default")
    String defaultAddress();

    @Message("Latest orders")
    String latestOrders();

    @Message("Staff notes and tags")
    String staffNotes();

    @Message("Only staff see these; the customer never does.")
    String staffNotesHint();

    @Message("Note")
    String staffNote();

    @Message("Tags, comma separated (at most 10, each at most 20 characters)")
    String customerTags();

    @Message("Last changed by {who} at {at}")
    String notesChangedBy(String who, String at);

    @Message("No notes yet.")
    String noNotes();

    @Message("The notes are saved.")
    String notesSaved();

    @Message("At most 1000 characters.")
    String noteTooLong();

    @Message("At most 10 tags.")
    String tooManyTags();

    @Message("A tag has at most 20 characters.")
    String tagTooLong();

    @Message("New customers this week")
    String weekNewCustomers();

    @Message("Open alerts")
    String openAlerts();

    @Message("Service day")
    String serviceDay();

    @Message("Orders")
    String ordersLabel();

    @Message("Paid")
    String paidLabel();

    @Message("Per service day: what was paid for the orders serviced that day, less their confirmed refunds; cancelled orders are left out.")
    String paidNote();

    @Message("New customers")
    String newCustomers();

    @Message("Unresolved alerts by kind")
    String unresolvedAlertsByKind();

    @Message("Unresolved alerts")
    String unresolvedAlerts();

    @Message("Availability")
    String availability();

    @Message("Times in {zone}.")
    String timesInZone(String zone);

    @Message("Weekly hours")
    String weeklyWindows();

    @Message("{#when d}{#is 'MONDAY'}Monday{#is 'TUESDAY'}Tuesday{#is 'WEDNESDAY'}Wednesday{#is 'THURSDAY'}Thursday{#is 'FRIDAY'}Friday{#is 'SATURDAY'}Saturday{#is 'SUNDAY'}Sunday{#else}{d}{/when}")
    String weekday(String d);

    @Message("Not available")
    String notAvailable();

    @Message("Exceptions in the next 30 days")
    String exceptionsComing();

    @Message("{#when k}{#is 'DAY_OFF'}Day off{#is 'EXTRA_HOURS'}Extra hours{#else}{k}{/when}")
    String exceptionKind(String k);

    @Message("whole day")
    String wholeDay();

    @Message("Booked visits in the next 7 days")
    String bookingsComing();

    @Message("The worker's availability could not be read.")
    String availabilityUnavailable();

}
