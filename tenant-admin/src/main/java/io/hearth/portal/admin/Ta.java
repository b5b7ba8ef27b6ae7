package io.hearth.portal.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** tenant-admin texts, English ({@code {ta:key}} in templates). Generated from src/main/i18n/ta.tsv by gen.py: edit that. */
@MessageBundle(value = "ta", locale = "en")
public interface Ta {

    @Message("Dashboard")
    String menu_dashboard();

    @Message("Orders")
    String menu_orders();

    @Message("Dispatch alerts")
    String menu_alerts();

    @Message("Workers")
    String menu_workers();

    @Message("Catalog")
    String menu_catalog();

    @Message("Pricing")
    String menu_pricing();

    @Message("Customers")
    String menu_customers();

    @Message("Customer-service inbox")
    String menu_chat();

    @Message("Settings")
    String menu_settings();

    @Message("Staff")
    String menu_staff();

    @Message("Today's orders")
    String todayOrders();

    @Message("This week's revenue")
    String weekRevenue();

    @Message("Today's orders by status")
    String todayByStatus();

    @Message("Revenue (yuan)")
    String revenueYuan();

    @Message("{#when s}{#is 'PENDING_PAYMENT'}Pending payment{#is 'PENDING_DISPATCH'}Pending dispatch{#is 'ACCEPTED'}Accepted{#is 'DEPARTED'}On the way{#is 'ARRIVED'}Arrived{#is 'IN_SERVICE'}In service{#is 'PAUSED'}Paused{#is 'COMPLETED'}Completed{#is 'CANCELLED'}Cancelled{#else}{s}{/when}")
    String orderStatus(String s);

    @Message("Categories and packages")
    String categoriesAndPackages();

    @Message("Service items")
    String items();

    @Message("Categories")
    String categories();

    @Message("New category")
    String newCategory();

    @Message("Edit category")
    String editCategory();

    @Message("Name")
    String name();

    @Message("Code")
    String code();

    @Message("Languages")
    String translations();

    @Message("Enabled")
    String enabled();

    @Message("Packages")
    String packages();

    @Message("Price")
    String price();

    @Message("Duration")
    String duration();

    @Message("Valid")
    String validity();

    @Message("min")
    String minutes();

    @Message("Disable")
    String disable();

    @Message("Enable")
    String enable();

    @Message("Lower-case letters, digits, - and _.")
    String codeHint();

    @Message("Parent category")
    String parent();

    @Message("(top level)")
    String topLevel();

    @Message("Sort order")
    String sortOrder();

    @Message("Description")
    String description();

    @Message("Category")
    String category();

    @Message("All categories")
    String allCategories();

    @Message("New service item")
    String newItem();

    @Message("Edit service item")
    String editItem();

    @Message("Unit")
    String unit();

    @Message("Images")
    String images();

    @Message("Image")
    String image();

    @Message("Base price (yuan)")
    String priceYuan();

    @Message("Default duration (minutes)")
    String durationMinutes();

    @Message("Minimum quantity")
    String minQuantity();

    @Message("Maximum quantity")
    String maxQuantity();

    @Message("Tags (comma separated)")
    String tags();

    @Message("Summary")
    String summary();

    @Message("{#when locale}{#is 'zh-CN'}Chinese (zh-CN){#is 'en'}English (en){#else}{locale}{/when}")
    String textsIn(String locale);

    @Message("{#when u}{#is 'PER_HOUR'}per hour{#is 'PER_VISIT'}per visit{#is 'PER_SQUARE_METRE'}per m²{#is 'PER_PIECE'}per piece{#else}{u}{/when}")
    String unitName(String u);

    @Message("Surcharges")
    String surcharges();

    @Message("{#when f}{#is 'holidaySurchargeBp'}Holiday surcharge{#is 'weekendSurchargeBp'}Weekend surcharge{#is 'sameDaySurchargeBp'}Same-day surcharge{#else}{f}{/when}")
    String pricingField(String f);

    @Message("Night from")
    String nightStart();

    @Message("Night until")
    String nightEnd();

    @Message("Night surcharge")
    String nightSurcharge();

    @Message("Quote valid for (minutes)")
    String quoteValidity();

    @Message("Worker-level, area and member-level rules and points are kept as they are.")
    String pricingOtherParts();

    @Message("Holiday calendar")
    String holidays();

    @Message("Date")
    String date();

    @Message("Holiday name")
    String holidayName();

    @Message("Add holiday")
    String addHoliday();

    @Message("Levels")
    String levels();

    @Message("Audit queue")
    String auditQueue();

    @Message("All")
    String allWorkers();

    @Message("Name or phone")
    String searchWorkers();

    @Message("Phone")
    String phone();

    @Message("Audit")
    String auditStatusLabel();

    @Message("Work status")
    String workStatusLabel();

    @Message("Level")
    String level();

    @Message("Years of experience")
    String experience();

    @Message("Submitted")
    String submittedAt();

    @Message("{#when s}{#is 'REGISTERING'}Registering{#is 'PENDING'}Pending audit{#is 'APPROVED'}Approved{#is 'REJECTED'}Rejected{#is 'SUSPENDED'}Suspended{#else}{s}{/when}")
    String auditStatus(String s);

    @Message("{#when s}{#is 'ONLINE'}Online{#is 'BUSY'}Busy{#is 'OFFLINE'}Offline{#else}{s}{/when}")
    String workStatus(String s);

    @Message("ID number")
    String idNumber();

    @Message("Year of birth")
    String birthYear();

    @Message("Service radius")
    String serviceRadius();

    @Message("Introduction")
    String introduction();

    @Message("Certificates")
    String certificates();

    @Message("{#when t}{#is 'DOMESTIC_SERVICE'}Domestic service{#is 'HEALTH'}Health certificate{#is 'NANNY'}Nanny{#is 'ELDERLY_CARE'}Elderly care{#is 'OTHER'}Other{#else}{t}{/when}")
    String certificateType(String t);

    @Message("Number")
    String number();

    @Message("Scans")
    String scans();

    @Message("Scan")
    String scan();

    @Message("Audit history")
    String auditHistory();

    @Message("Performance")
    String performance();

    @Message("Orders served")
    String ordersServed();

    @Message("Ratings")
    String ratingCount();

    @Message("Quality")
    String ratingQuality();

    @Message("Punctuality")
    String ratingPunctuality();

    @Message("Attitude")
    String ratingAttitude();

    @Message("Efficiency")
    String ratingEfficiency();

    @Message("Can take orders")
    String eligible();

    @Message("Approve")
    String approve();

    @Message("Approve this worker?")
    String confirmApprove();

    @Message("Note (optional)")
    String note();

    @Message("Reject")
    String reject();

    @Message("Reason for rejecting (the worker sees it)")
    String rejectReason();

    @Message("New level")
    String newLevel();

    @Message("Type")
    String certificateTypeLabel();

    @Message("Status")
    String status();

    @Message("All statuses")
    String allStatuses();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Customer phone")
    String customerPhone();

    @Message("Order no.")
    String orderNo();

    @Message("Service time")
    String serviceTime();

    @Message("Address")
    String address();

    @Message("Contact")
    String contact();

    @Message("Total")
    String total();

    @Message("Paid")
    String paid();

    @Message("Order")
    String order();

    @Message("{#when a}{#is 'assign'}The worker is dispatched.{#is 'reschedule'}The order is rescheduled.{#is 'cancel'}The order is cancelled.{#is 'refund'}The refund is requested.{#else}Done.{/when}")
    String actionDone(String a);

    @Message("Quantity")
    String quantity();

    @Message("Worker")
    String worker();

    @Message("Not dispatched yet")
    String notDispatched();

    @Message("refunded")
    String refunded();

    @Message("Cancelled because")
    String cancelReason();

    @Message("Timeline")
    String timeline();

    @Message("{#when a}{#is 'CREATE'}Created{#is 'PAY'}Paid{#is 'REFUND'}Refunded{#is 'ASSIGN'}Dispatched{#is 'ACCEPT'}Accepted{#is 'DECLINE'}Declined{#is 'RESCHEDULE'}Rescheduled{#is 'DEPART'}Departed{#is 'ARRIVE'}Arrived{#is 'START'}Service started{#is 'PAUSE'}Paused{#is 'RESUME'}Resumed{#is 'COMPLETE'}Completed{#is 'CONFIRM'}Confirmed by the customer{#is 'CANCEL'}Cancelled{#is 'CLOSE_UNPAID'}Closed unpaid{#else}{a}{/when}")
    String orderAction(String a);

    @Message("Payments and refunds")
    String payments();

    @Message("Refund")
    String refund();

    @Message("Manual dispatch")
    String manualDispatch();

    @Message("Dispatch this order to the chosen worker?")
    String confirmAssign();

    @Message("Choose an approved worker")
    String chooseWorker();

    @Message("Reason")
    String reason();

    @Message("Dispatch")
    String dispatch();

    @Message("Reschedule")
    String reschedule();

    @Message("Move the order to the new time?")
    String confirmReschedule();

    @Message("Cancel the order")
    String cancelOrder();

    @Message("Cancelling now costs a fee of ¥{fee}; ¥{refund} is refunded.")
    String cancellationTerms(String fee, String refund);

    @Message("The order can no longer be cancelled.")
    String cancellationNotAllowed();

    @Message("Waive the cancellation fee (refund everything paid)")
    String waiveFee();

    @Message("Amount in yuan")
    String amountYuan();

    @Message("Complaints")
    String complaints();

    @Message("Manual dispatch queue")
    String manualQueue();

    @Message("Orders the automatic dispatch could not place: open one to dispatch it by hand.")
    String manualQueueHint();

    @Message("Since")
    String since();

    @Message("{#when s}{#is 'OPEN'}Open{#is 'ACKNOWLEDGED'}Acknowledged{#is 'RESOLVED'}Resolved{#else}{s}{/when}")
    String alertState(String s);

    @Message("Kind")
    String alertKindLabel();

    @Message("All kinds")
    String allKinds();

    @Message("{#when k}{#is 'UNACCEPTED'}Not accepted{#is 'NOT_DEPARTED'}Not departed{#is 'LATE_ARRIVAL'}Late arrival{#is 'OVERRUN'}Service overrun{#is 'COMPLAINT'}Complaint{#else}{k}{/when}")
    String alertKind(String k);

    @Message("Raised")
    String raised();

    @Message("Actions")
    String actions();

    @Message("{n} min ago")
    String ageMinutes(String n);

    @Message("Resolved automatically")
    String resolvedAutomatically();

    @Message("Acknowledge this alert (you are on it)?")
    String confirmAcknowledge();

    @Message("Acknowledge")
    String acknowledge();

    @Message("Resolve this alert with the note?")
    String confirmResolve();

    @Message("What was done")
    String resolutionNote();

    @Message("Resolve")
    String resolve();

    @Message("{#when s}{#is 'OPEN'}Open{#is 'HANDLING'}Being handled{#is 'CLOSED'}Closed{#else}{s}{/when}")
    String complaintState(String s);

    @Message("Category")
    String complaintCategoryLabel();

    @Message("{#when c}{#is 'LATE'}Late{#is 'NO_SHOW'}No show{#is 'QUALITY'}Quality{#is 'DAMAGE'}Damage{#is 'BEHAVIOUR'}Behaviour{#is 'BILLING'}Billing{#is 'OTHER'}Other{#else}{c}{/when}")
    String complaintCategory(String c);

    @Message("Complaint")
    String complaintText();

    @Message("Take this complaint in hand?")
    String confirmHandle();

    @Message("Take in hand")
    String handle();

    @Message("Close this complaint with the resolution?")
    String confirmClose();

    @Message("Resolution")
    String resolution();

    @Message("Close")
    String closeComplaint();

    @Message("Candidates within {radius} km, best first")
    String candidates(String radius);

    @Message("Choose a candidate")
    String chooseCandidate();

    @Message("No worker can take this order now.")
    String noCandidates();

    @Message("km")
    String distanceKm();

    @Message("score")
    String score();

    @Message("Reason (required when changing the worker)")
    String reassignReason();

    @Message("Dispatch")
    String dispatchSettings();

    @Message("Notification templates")
    String notificationTemplates();

    @Message("Dispatch mode")
    String dispatchMode();

    @Message("{#when m}{#is 'AUTO'}Automatic: the best candidate gets the order{#is 'GRAB'}Grab: nearby workers grab the order{#is 'MANUAL'}Manual: dispatchers assign every order{#else}{m}{/when}")
    String dispatchModeName(String m);

    @Message("Alert thresholds")
    String monitorThresholds();

    @Message("{#when f}{#is 'grabWindowSeconds'}Grab window (seconds){#is 'rules.radiusKm'}Dispatch radius (km){#is 'rules.fallbackRadiusKm'}Fallback radius (km){#is 'rules.maxConcurrentOrders'}Most open orders per worker{#is 'rules.fallbackTimeoutSeconds'}Widen to the fallback radius after (seconds){#is 'rules.offerLimit'}Workers offered per round{#is 'rules.positionMaxAgeSeconds'}Positions older than this are ignored (seconds){#is 'unacceptedMinutes'}Alert when not accepted after (minutes){#is 'departLeadMinutes'}Alert when not departed this long before the start (minutes){#is 'lateArrivalMinutes'}Alert when not arrived this long after the start (minutes){#is 'overrunPercent'}Alert when the service overruns by (%){#else}{f}{/when}")
    String settingField(String f);

    @Message("Event")
    String notificationEventLabel();

    @Message("{#when e}{#is 'booked'}Order booked{#is 'accepted'}Order accepted{#is 'departed'}Worker on the way{#is 'arrived'}Worker arrived{#is 'completed'}Service completed{#is 'cancelled'}Order cancelled{#is 'refunded'}Refund made{#is 'review-reminder'}Review reminder{#else}{e}{/when}")
    String notificationEvent(String e);

    @Message("Channel")
    String channel();

    @Message("{#when c}{#is 'IN_APP'}In-app{#is 'SMS'}SMS{#is 'WECHAT'}WeChat subscribe message{#else}{c}{/when}")
    String channelName(String c);

    @Message("Text")
    String templateText();

    @Message("Title")
    String templateTitle();

    @Message("Own")
    String ownTemplate();

    @Message("Built-in")
    String builtInTemplate();

    @Message("Placeholders")
    String placeholdersHint();

    @Message("SMS provider template code")
    String smsTemplateCode();

    @Message("WeChat template ID")
    String wechatTemplateId();

    @Message("Mini-program page")
    String wechatPage();

    @Message("Parameters, one per line: name=text")
    String templateParams();

    @Message("Write each parameter as name=text.")
    String paramLine();

    @Message("Preview")
    String preview();

    @Message("Preview shows the template filled in with a sample order.")
    String previewHint();

    @Message("Back to the built-in template")
    String resetTemplate();

    @Message("Delete your own template and use the built-in one again?")
    String confirmTemplateReset();

    @Message("The built-in template is used again.")
    String templateReset();

    @Message("All")
    String allConversations();

    @Message("Unread")
    String unreadConversations();

    @Message("image")
    String chatImage();

    @Message("Conversation")
    String conversation();

    @Message("Older messages")
    String olderMessages();

    @Message("Your answer")
    String reply();

    @Message("Send")
    String send();

    @Message("Mark as read")
    String markRead();

    @Message("Marked as read.")
    String markedRead();

    @Message("The answer is sent.")
    String replySent();

    @Message("At most 1000 characters.")
    String messageTooLong();

    @Message("{#when k}{#is 'CUSTOMER'}Customer{#is 'WORKER'}Worker{#is 'STAFF'}Customer service{#is 'SYSTEM'}System{#else}{k}{/when}")
    String senderKind(String k);

    @Message("Customer–worker conversation")
    String orderConversation();

    @Message("Read only: what the customer and the worker wrote each other about this order.")
    String readOnlyConversation();

}
