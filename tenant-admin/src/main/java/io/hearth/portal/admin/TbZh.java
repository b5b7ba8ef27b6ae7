package io.hearth.portal.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** tenant-admin texts, Simplified Chinese. Generated from src/main/i18n/ta.tsv by gen.py: edit that. */
@Localized("zh-CN")
public interface TbZh extends Tb {

    @Override
    @Message("员工账号")
    String staffAccounts();

    @Override
    @Message("套餐允许 {max} 个启用中的账号，已使用 {enabled} 个。")
    String staffUsage(String enabled, String max);

    @Override
    @Message("启用中的账号：{enabled} 个。")
    String staffUsageNoLimit(String enabled);

    @Override
    @Message("用户名、姓名或邮箱")
    String searchStaff();

    @Override
    @Message("用户名")
    String staffUsername();

    @Override
    @Message("小写字母、数字、点、横线或下划线，3 至 60 个字符。")
    String staffUsernameHint();

    @Override
    @Message("邮箱")
    String staffEmail();

    @Override
    @Message("名")
    String staffFirstName();

    @Override
    @Message("姓")
    String staffLastName();

    @Override
    @Message("姓名")
    String staffName();

    @Override
    @Message("角色")
    String staffRoles();

    @Override
    @Message("启用中")
    String staffEnabled();

    @Override
    @Message("已停用")
    String staffDisabled();

    @Override
    @Message("创建时间")
    String staffCreatedAt();

    @Override
    @Message("{#when r}{#is 'owner'}负责人{#is 'dispatcher'}调度员{#is 'customer-service'}客服{#is 'finance'}财务{#is 'catalog-manager'}服务目录管理员{#is 'marketing'}营销{#else}{r}{/when}")
    String staffRole(String r);

    @Override
    @Message("{#when r}{#is 'owner'}全部功能，包括员工账号和设置{#is 'dispatcher'}订单、派单、服务人员、告警{#is 'customer-service'}订单、投诉、客服会话{#is 'finance'}订单与支付{#is 'catalog-manager'}服务项目、套餐与价格{#is 'marketing'}客户、通知模板、营销活动{#else}{/when}")
    String staffRoleHint(String r);

    @Override
    @Message("新建员工账号")
    String inviteStaff();

    @Override
    @Message("账号创建后会显示一次临时密码。请当面交给新同事；首次登录时必须修改密码。")
    String inviteHint();

    @Override
    @Message("创建账号")
    String createAccount();

    @Override
    @Message("请至少选择一个角色。")
    String chooseRoles();

    @Override
    @Message("请从列表中选择角色。")
    String unknownRole();

    @Override
    @Message("保存角色")
    String saveRoles();

    @Override
    @Message("角色变更在该同事下次登录时或几分钟内生效。")
    String rolesHint();

    @Override
    @Message("停用账号")
    String disableAccount();

    @Override
    @Message("启用账号")
    String enableAccount();

    @Override
    @Message("确定停用 {username}？该账号将被登出，重新启用前无法登录。")
    String confirmDisable(String username);

    @Override
    @Message("确定重新启用 {username}？")
    String confirmEnable(String username);

    @Override
    @Message("重置密码")
    String resetPassword();

    @Override
    @Message("用新的临时密码替换当前密码，并登出该账号。")
    String resetPasswordHint();

    @Override
    @Message("确定重置 {username} 的密码？当前密码将立即失效。")
    String confirmReset(String username);

    @Override
    @Message("账号 {username} 已创建。")
    String accountCreated(String username);

    @Override
    @Message("{username} 的密码已重置。")
    String passwordWasReset(String username);

    @Override
    @Message("临时密码")
    String temporaryPassword();

    @Override
    @Message("此密码仅显示这一次：请复制并安全地交给对方。{username} 首次登录时必须修改密码。")
    String temporaryPasswordOnce(String username);

    @Override
    @Message("返回员工账号")
    String backToStaff();

    @Override
    @Message("{#when d}{#is 'roles'}角色已保存。{#is 'disabled'}账号已停用。{#is 'enabled'}账号已启用。{#else}已完成。{/when}")
    String staffDone(String d);

    @Override
    @Message("新建套餐")
    String newPackage();

    @Override
    @Message("编辑套餐")
    String editPackage();

    @Override
    @Message("套餐价格（元）")
    String packagePriceYuan();

    @Override
    @Message("时长（分钟）")
    String packageDurationMinutes();

    @Override
    @Message("生效日期")
    String validFrom();

    @Override
    @Message("截止日期")
    String validUntil();

    @Override
    @Message("包含项目")
    String includedItems();

    @Override
    @Message("服务项目")
    String serviceItem();

    @Override
    @Message("已停用")
    String disabledMark();

    @Override
    @Message("添加项目")
    String addRow();

    @Override
    @Message("移除")
    String removeRow();

    @Override
    @Message("每个项目只能选一次，并填写套餐包含的数量；最多 {max} 个项目。")
    String packageItemsHint(String max);

    @Override
    @Message("套餐至少需要包含一个服务项目。")
    String packageNeedsItems();

    @Override
    @Message("最多 {max} 个项目。")
    String tooManyPackageItems(String max);

    @Override
    @Message("该项目已在套餐中。")
    String itemTwice();

    @Override
    @Message("确认停用该套餐？停用后客户将无法预订。")
    String confirmDisablePackage();

    @Override
    @Message("确认停用该服务项目？停用后客户将无法预订。")
    String confirmDisableItem();

    @Override
    @Message("支持 JPEG、PNG 或 WebP 格式。第一张图片为客户在列表中看到的封面。")
    String imagesHint();

    @Override
    @Message("保存服务项目后即可添加图片。")
    String imagesAfterSave();

    @Override
    @Message("暂无图片。")
    String noImages();

    @Override
    @Message("添加图片")
    String addImage();

    @Override
    @Message("上传")
    String upload();

    @Override
    @Message("封面")
    String cover();

    @Override
    @Message("设为封面")
    String makeCover();

    @Override
    @Message("前移")
    String moveLeft();

    @Override
    @Message("后移")
    String moveRight();

    @Override
    @Message("确认从该服务项目中移除此图片？")
    String confirmRemoveImage();

    @Override
    @Message("每个服务项目最多 {max} 张图片，请先移除一张。")
    String tooManyImages(String max);

    @Override
    @Message("文件过大，无法上传。")
    String fileTooLargeForPortal();

    @Override
    @Message("{#when d}{#is 'added'}图片已添加。{#is 'removed'}图片已移除。{#is 'moved'}图片顺序已保存。{#else}{d}{/when}")
    String imagesDone(String d);

    @Override
    @Message("有未读客户消息的会话")
    String unreadBadgeTitle();

    @Override
    @Message("品牌与小程序")
    String brandingSettings();

    @Override
    @Message("品牌设置已保存，小程序即时生效。")
    String brandingSaved();

    @Override
    @Message("客户看到的名称")
    String brandingDisplayName();

    @Override
    @Message("主色")
    String brandingPrimaryColor();

    @Override
    @Message("选择颜色")
    String brandingPickColor();

    @Override
    @Message("# 加六位十六进制数字，如 #C2410C。小程序的标题栏和按钮在此颜色上使用白色文字。")
    String brandingColorHint();

    @Override
    @Message("请填写 # 加六位十六进制数字，如 #C2410C。")
    String brandingColorFormat();

    @Override
    @Message("此颜色上的白色文字未达到 WCAG AA 标准（对比度至少 4.5:1），客户可能看不清标题栏和按钮，请选择更深的颜色。")
    String brandingContrastWarning();

    @Override
    @Message("对比度")
    String brandingContrastRatio();

    @Override
    @Message("标志")
    String brandingLogo();

    @Override
    @Message("当前标志")
    String brandingCurrentLogo();

    @Override
    @Message("尚未设置标志。")
    String brandingNoLogo();

    @Override
    @Message("PNG、JPEG 或 WebP，最大 1 MB；方形图片效果最佳。选择文件并保存后将替换当前标志。")
    String brandingLogoHint();

    @Override
    @Message("移除标志")
    String brandingRemoveLogo();

    @Override
    @Message("微信小程序 AppID")
    String brandingAppId();

    @Override
    @Message("wx 加 16 位 0-9、a-f 字符，见微信公众平台。")
    String brandingAppIdHint();

    @Override
    @Message("AppID 为 wx 加 16 位小写十六进制数字（0-9、a-f）。")
    String brandingAppIdFormat();

    @Override
    @Message("客服电话")
    String brandingServicePhone();

    @Override
    @Message("显示在小程序中供客户拨打，如 400-820-8820。")
    String brandingServicePhoneHint();

    @Override
    @Message("请填写 5 到 20 位数字，可以 + 开头，数字组之间可用连字符，如 400-820-8820。")
    String brandingPhoneFormat();

    @Override
    @Message("H5 域名")
    String brandingH5Host();

    @Override
    @Message("由平台设置，如需修改请联系平台。")
    String brandingH5HostHint();

    @Override
    @Message("未设置")
    String brandingNotSet();

    @Override
    @Message("实时预览：小程序首页")
    String brandingPreview();

    @Override
    @Message("搜索服务")
    String brandingSampleSearch();

    @Override
    @Message("日常保洁")
    String brandingSampleService1();

    @Override
    @Message("深度保洁")
    String brandingSampleService2();

    @Override
    @Message("家电清洗")
    String brandingSampleService3();

    @Override
    @Message("¥50/小时")
    String brandingSamplePrice1();

    @Override
    @Message("¥299 起")
    String brandingSamplePrice2();

    @Override
    @Message("¥129 起")
    String brandingSamplePrice3();

    @Override
    @Message("立即预约")
    String brandingSampleBook();

    @Override
    @Message("首页")
    String brandingSampleHome();

    @Override
    @Message("订单")
    String brandingSampleOrders();

    @Override
    @Message("我的")
    String brandingSampleMe();

    @Override
    @Message("手机号、尾号四位或昵称")
    String customersSearch();

    @Override
    @Message("会员等级")
    String memberLevel();

    @Override
    @Message("如 GOLD")
    String memberLevelHint();

    @Override
    @Message("注册日期自")
    String registeredFrom();

    @Override
    @Message("注册日期至")
    String registeredTo();

    @Override
    @Message("昵称")
    String nickname();

    @Override
    @Message("（未设置昵称）")
    String noNickname();

    @Override
    @Message("注册时间")
    String registeredAt();

    @Override
    @Message("订单数")
    String ordersTotal();

    @Override
    @Message("已完成")
    String ordersCompleted();

    @Override
    @Message("实付（扣除退款）")
    String ordersPaid();

    @Override
    @Message("最近下单")
    String lastOrderAt();

    @Override
    @Message("客户资料")
    String customerProfile();

    @Override
    @Message("性别")
    String genderLabel();

    @Override
    @Message("{#when g}{#is 'FEMALE'}女{#is 'MALE'}男{#is 'UNDISCLOSED'}未透露{#else}{g}{/when}")
    String gender(String g);

    @Override
    @Message("微信登录")
    String weChatBound();

    @Override
    @Message("无手机号（仅微信登录）")
    String noPhone();

    @Override
    @Message("显示完整号码")
    String showPhone();

    @Override
    @Message("确定显示该客户的完整手机号吗？查看人和时间将记入审计日志。")
    String confirmShowPhone();

    @Override
    @Message("完整号码（已向您显示并记入审计日志）")
    String phoneRevealed();

    @Override
    @Message("订单与消费")
    String orderStats();

    @Override
    @Message("未结投诉")
    String openComplaints();

    @Override
    @Message("会员与积分")
    String membership();

    @Override
    @Message("无会员等级")
    String noMemberLevel();

    @Override
    @Message("会员折扣 {pct}%")
    String levelDiscount(String pct);

    @Override
    @Message("积分余额")
    String pointsBalance();

    @Override
    @Message("{#when r}{#is 'ORDER_SPEND'}下单抵扣{#is 'ORDER_RESTORE'}订单退回{#else}{r}{/when}")
    String pointsReason(String r);

    @Override
    @Message("服务地址")
    String serviceAddresses();

    @Override
    @Message("默认")
    String defaultAddress();

    @Override
    @Message("最近订单")
    String latestOrders();

    @Override
    @Message("员工备注与标签")
    String staffNotes();

    @Override
    @Message("仅员工可见，客户看不到。")
    String staffNotesHint();

    @Override
    @Message("备注")
    String staffNote();

    @Override
    @Message("标签，逗号分隔（最多 10 个，每个不超过 20 字）")
    String customerTags();

    @Override
    @Message("最后由 {who} 于 {at} 修改")
    String notesChangedBy(String who, String at);

    @Override
    @Message("暂无备注。")
    String noNotes();

    @Override
    @Message("备注已保存。")
    String notesSaved();

    @Override
    @Message("最多 1000 个字符。")
    String noteTooLong();

    @Override
    @Message("最多 10 个标签。")
    String tooManyTags();

    @Override
    @Message("每个标签最多 20 个字符。")
    String tagTooLong();

    @Override
    @Message("本周新增客户")
    String weekNewCustomers();

    @Override
    @Message("待处理告警")
    String openAlerts();

    @Override
    @Message("服务日期")
    String serviceDay();

    @Override
    @Message("订单数")
    String ordersLabel();

    @Override
    @Message("实收")
    String paidLabel();

    @Override
    @Message("按服务日期统计：当日服务订单的已付金额减去已确认的退款，不含已取消订单。")
    String paidNote();

    @Override
    @Message("新增客户")
    String newCustomers();

    @Override
    @Message("未解决告警（按类型）")
    String unresolvedAlertsByKind();

    @Override
    @Message("未解决告警")
    String unresolvedAlerts();

    @Override
    @Message("可服务时间")
    String availability();

    @Override
    @Message("时间均为 {zone} 时区。")
    String timesInZone(String zone);

    @Override
    @Message("每周可服务时段")
    String weeklyWindows();

    @Override
    @Message("{#when d}{#is 'MONDAY'}周一{#is 'TUESDAY'}周二{#is 'WEDNESDAY'}周三{#is 'THURSDAY'}周四{#is 'FRIDAY'}周五{#is 'SATURDAY'}周六{#is 'SUNDAY'}周日{#else}{d}{/when}")
    String weekday(String d);

    @Override
    @Message("不可服务")
    String notAvailable();

    @Override
    @Message("未来 30 天的例外安排")
    String exceptionsComing();

    @Override
    @Message("{#when k}{#is 'DAY_OFF'}休息{#is 'EXTRA_HOURS'}加班时段{#else}{k}{/when}")
    String exceptionKind(String k);

    @Override
    @Message("全天")
    String wholeDay();

    @Override
    @Message("未来 7 天的预约")
    String bookingsComing();

    @Override
    @Message("无法读取该服务人员的可服务时间。")
    String availabilityUnavailable();

}
