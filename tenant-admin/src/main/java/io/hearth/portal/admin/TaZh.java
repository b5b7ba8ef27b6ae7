package io.hearth.portal.admin;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** tenant-admin texts, Simplified Chinese. Generated from src/main/i18n/ta.tsv by gen.py: edit that. */
@Localized("zh-CN")
public interface TaZh extends Ta {

    @Override
    @Message("数据概览")
    String menu_dashboard();

    @Override
    @Message("订单")
    String menu_orders();

    @Override
    @Message("调度告警")
    String menu_alerts();

    @Override
    @Message("服务人员")
    String menu_workers();

    @Override
    @Message("服务目录")
    String menu_catalog();

    @Override
    @Message("价格规则")
    String menu_pricing();

    @Override
    @Message("客户")
    String menu_customers();

    @Override
    @Message("客服会话")
    String menu_chat();

    @Override
    @Message("设置")
    String menu_settings();

    @Override
    @Message("员工账号")
    String menu_staff();

    @Override
    @Message("今日订单")
    String todayOrders();

    @Override
    @Message("本周营收")
    String weekRevenue();

    @Override
    @Message("今日订单状态分布")
    String todayByStatus();

    @Override
    @Message("营收（元）")
    String revenueYuan();

    @Override
    @Message("{#when s}{#is 'PENDING_PAYMENT'}待支付{#is 'PENDING_DISPATCH'}待派单{#is 'ACCEPTED'}已接单{#is 'DEPARTED'}已出发{#is 'ARRIVED'}已到达{#is 'IN_SERVICE'}服务中{#is 'PAUSED'}已暂停{#is 'COMPLETED'}已完成{#is 'CANCELLED'}已取消{#else}{s}{/when}")
    String orderStatus(String s);

    @Override
    @Message("分类与套餐")
    String categoriesAndPackages();

    @Override
    @Message("服务项目")
    String items();

    @Override
    @Message("分类")
    String categories();

    @Override
    @Message("新建分类")
    String newCategory();

    @Override
    @Message("编辑分类")
    String editCategory();

    @Override
    @Message("名称")
    String name();

    @Override
    @Message("编码")
    String code();

    @Override
    @Message("语言")
    String translations();

    @Override
    @Message("启用")
    String enabled();

    @Override
    @Message("套餐")
    String packages();

    @Override
    @Message("价格")
    String price();

    @Override
    @Message("时长")
    String duration();

    @Override
    @Message("有效期")
    String validity();

    @Override
    @Message("分钟")
    String minutes();

    @Override
    @Message("停用")
    String disable();

    @Override
    @Message("启用")
    String enable();

    @Override
    @Message("小写字母、数字、- 和 _。")
    String codeHint();

    @Override
    @Message("上级分类")
    String parent();

    @Override
    @Message("（顶级）")
    String topLevel();

    @Override
    @Message("排序")
    String sortOrder();

    @Override
    @Message("描述")
    String description();

    @Override
    @Message("分类")
    String category();

    @Override
    @Message("全部分类")
    String allCategories();

    @Override
    @Message("新建服务项目")
    String newItem();

    @Override
    @Message("编辑服务项目")
    String editItem();

    @Override
    @Message("计价单位")
    String unit();

    @Override
    @Message("图片")
    String images();

    @Override
    @Message("图片")
    String image();

    @Override
    @Message("基础价格（元）")
    String priceYuan();

    @Override
    @Message("默认时长（分钟）")
    String durationMinutes();

    @Override
    @Message("最少数量")
    String minQuantity();

    @Override
    @Message("最多数量")
    String maxQuantity();

    @Override
    @Message("标签（逗号分隔）")
    String tags();

    @Override
    @Message("简介")
    String summary();

    @Override
    @Message("{#when locale}{#is 'zh-CN'}中文（zh-CN）{#is 'en'}英文（en）{#else}{locale}{/when}")
    String textsIn(String locale);

    @Override
    @Message("{#when u}{#is 'PER_HOUR'}按小时{#is 'PER_VISIT'}按次{#is 'PER_SQUARE_METRE'}按平方米{#is 'PER_PIECE'}按件{#else}{u}{/when}")
    String unitName(String u);

    @Override
    @Message("附加费")
    String surcharges();

    @Override
    @Message("{#when f}{#is 'holidaySurchargeBp'}节假日附加费{#is 'weekendSurchargeBp'}周末附加费{#is 'sameDaySurchargeBp'}当日下单附加费{#else}{f}{/when}")
    String pricingField(String f);

    @Override
    @Message("夜间开始")
    String nightStart();

    @Override
    @Message("夜间结束")
    String nightEnd();

    @Override
    @Message("夜间附加费")
    String nightSurcharge();

    @Override
    @Message("报价有效期（分钟）")
    String quoteValidity();

    @Override
    @Message("服务人员等级、区域、会员等级规则及积分规则保持不变。")
    String pricingOtherParts();

    @Override
    @Message("节假日日历")
    String holidays();

    @Override
    @Message("日期")
    String date();

    @Override
    @Message("节日名称")
    String holidayName();

    @Override
    @Message("添加节假日")
    String addHoliday();

    @Override
    @Message("等级")
    String levels();

    @Override
    @Message("待审核")
    String auditQueue();

    @Override
    @Message("全部")
    String allWorkers();

    @Override
    @Message("姓名或手机号")
    String searchWorkers();

    @Override
    @Message("手机号")
    String phone();

    @Override
    @Message("审核状态")
    String auditStatusLabel();

    @Override
    @Message("工作状态")
    String workStatusLabel();

    @Override
    @Message("等级")
    String level();

    @Override
    @Message("从业年限")
    String experience();

    @Override
    @Message("提交时间")
    String submittedAt();

    @Override
    @Message("{#when s}{#is 'REGISTERING'}注册中{#is 'PENDING'}待审核{#is 'APPROVED'}已通过{#is 'REJECTED'}已驳回{#is 'SUSPENDED'}已停用{#else}{s}{/when}")
    String auditStatus(String s);

    @Override
    @Message("{#when s}{#is 'ONLINE'}在线{#is 'BUSY'}忙碌{#is 'OFFLINE'}离线{#else}{s}{/when}")
    String workStatus(String s);

    @Override
    @Message("身份证号")
    String idNumber();

    @Override
    @Message("出生年份")
    String birthYear();

    @Override
    @Message("服务半径")
    String serviceRadius();

    @Override
    @Message("自我介绍")
    String introduction();

    @Override
    @Message("证书")
    String certificates();

    @Override
    @Message("{#when t}{#is 'DOMESTIC_SERVICE'}家政服务员证{#is 'HEALTH'}健康证{#is 'NANNY'}育婴师证{#is 'ELDERLY_CARE'}养老护理员证{#is 'OTHER'}其他{#else}{t}{/when}")
    String certificateType(String t);

    @Override
    @Message("编号")
    String number();

    @Override
    @Message("扫描件")
    String scans();

    @Override
    @Message("扫描件")
    String scan();

    @Override
    @Message("审核记录")
    String auditHistory();

    @Override
    @Message("服务表现")
    String performance();

    @Override
    @Message("已服务订单")
    String ordersServed();

    @Override
    @Message("评价数")
    String ratingCount();

    @Override
    @Message("服务质量")
    String ratingQuality();

    @Override
    @Message("准时")
    String ratingPunctuality();

    @Override
    @Message("服务态度")
    String ratingAttitude();

    @Override
    @Message("效率")
    String ratingEfficiency();

    @Override
    @Message("可接单")
    String eligible();

    @Override
    @Message("审核通过")
    String approve();

    @Override
    @Message("确认审核通过该服务人员？")
    String confirmApprove();

    @Override
    @Message("备注（可选）")
    String note();

    @Override
    @Message("驳回")
    String reject();

    @Override
    @Message("驳回原因（服务人员可见）")
    String rejectReason();

    @Override
    @Message("新建等级")
    String newLevel();

    @Override
    @Message("类型")
    String certificateTypeLabel();

    @Override
    @Message("状态")
    String status();

    @Override
    @Message("全部状态")
    String allStatuses();

    @Override
    @Message("开始日期")
    String from();

    @Override
    @Message("结束日期")
    String to();

    @Override
    @Message("客户手机号")
    String customerPhone();

    @Override
    @Message("订单号")
    String orderNo();

    @Override
    @Message("服务时间")
    String serviceTime();

    @Override
    @Message("地址")
    String address();

    @Override
    @Message("联系人")
    String contact();

    @Override
    @Message("总额")
    String total();

    @Override
    @Message("已付")
    String paid();

    @Override
    @Message("订单")
    String order();

    @Override
    @Message("{#when a}{#is 'assign'}已派单。{#is 'reschedule'}已改期。{#is 'cancel'}订单已取消。{#is 'refund'}已提交退款。{#else}已完成。{/when}")
    String actionDone(String a);

    @Override
    @Message("数量")
    String quantity();

    @Override
    @Message("服务人员")
    String worker();

    @Override
    @Message("尚未派单")
    String notDispatched();

    @Override
    @Message("已退款")
    String refunded();

    @Override
    @Message("取消原因")
    String cancelReason();

    @Override
    @Message("订单动态")
    String timeline();

    @Override
    @Message("{#when a}{#is 'CREATE'}下单{#is 'PAY'}支付{#is 'REFUND'}退款{#is 'ASSIGN'}派单{#is 'ACCEPT'}接单{#is 'DECLINE'}拒单{#is 'RESCHEDULE'}改期{#is 'DEPART'}出发{#is 'ARRIVE'}到达{#is 'START'}开始服务{#is 'PAUSE'}暂停{#is 'RESUME'}继续服务{#is 'COMPLETE'}完成服务{#is 'CONFIRM'}客户确认{#is 'CANCEL'}取消{#is 'CLOSE_UNPAID'}超时未支付关闭{#else}{a}{/when}")
    String orderAction(String a);

    @Override
    @Message("支付与退款")
    String payments();

    @Override
    @Message("退款")
    String refund();

    @Override
    @Message("人工派单")
    String manualDispatch();

    @Override
    @Message("确认将订单派给所选服务人员？")
    String confirmAssign();

    @Override
    @Message("选择已审核的服务人员")
    String chooseWorker();

    @Override
    @Message("原因")
    String reason();

    @Override
    @Message("派单")
    String dispatch();

    @Override
    @Message("改期")
    String reschedule();

    @Override
    @Message("确认将订单改到新的时间？")
    String confirmReschedule();

    @Override
    @Message("取消订单")
    String cancelOrder();

    @Override
    @Message("现在取消将收取违约金 ¥{fee}，退还 ¥{refund}。")
    String cancellationTerms(String fee, String refund);

    @Override
    @Message("该订单已无法取消。")
    String cancellationNotAllowed();

    @Override
    @Message("免收违约金（全额退款）")
    String waiveFee();

    @Override
    @Message("金额（元）")
    String amountYuan();

    @Override
    @Message("客户投诉")
    String complaints();

    @Override
    @Message("人工派单队列")
    String manualQueue();

    @Override
    @Message("自动派单未能分配的订单：打开订单进行人工派单。")
    String manualQueueHint();

    @Override
    @Message("时间")
    String since();

    @Override
    @Message("{#when s}{#is 'OPEN'}待处理{#is 'ACKNOWLEDGED'}已确认{#is 'RESOLVED'}已解决{#else}{s}{/when}")
    String alertState(String s);

    @Override
    @Message("类型")
    String alertKindLabel();

    @Override
    @Message("全部类型")
    String allKinds();

    @Override
    @Message("{#when k}{#is 'UNACCEPTED'}未接单{#is 'NOT_DEPARTED'}未出发{#is 'LATE_ARRIVAL'}迟到{#is 'OVERRUN'}服务超时{#is 'COMPLAINT'}客户投诉{#else}{k}{/when}")
    String alertKind(String k);

    @Override
    @Message("发生时间")
    String raised();

    @Override
    @Message("操作")
    String actions();

    @Override
    @Message("{n} 分钟前")
    String ageMinutes(String n);

    @Override
    @Message("已自动解决")
    String resolvedAutomatically();

    @Override
    @Message("确认接手处理该告警？")
    String confirmAcknowledge();

    @Override
    @Message("确认")
    String acknowledge();

    @Override
    @Message("确认以该说明解决告警？")
    String confirmResolve();

    @Override
    @Message("处理说明")
    String resolutionNote();

    @Override
    @Message("解决")
    String resolve();

    @Override
    @Message("{#when s}{#is 'OPEN'}待处理{#is 'HANDLING'}处理中{#is 'CLOSED'}已关闭{#else}{s}{/when}")
    String complaintState(String s);

    @Override
    @Message("类别")
    String complaintCategoryLabel();

    @Override
    @Message("{#when c}{#is 'LATE'}迟到{#is 'NO_SHOW'}未上门{#is 'QUALITY'}服务质量{#is 'DAMAGE'}物品损坏{#is 'BEHAVIOUR'}服务态度{#is 'BILLING'}费用问题{#is 'OTHER'}其他{#else}{c}{/when}")
    String complaintCategory(String c);

    @Override
    @Message("投诉内容")
    String complaintText();

    @Override
    @Message("确认受理该投诉？")
    String confirmHandle();

    @Override
    @Message("受理")
    String handle();

    @Override
    @Message("确认以该处理结果关闭投诉？")
    String confirmClose();

    @Override
    @Message("处理结果")
    String resolution();

    @Override
    @Message("关闭")
    String closeComplaint();

    @Override
    @Message("{radius} 公里内的候选人员（按评分排序）")
    String candidates(String radius);

    @Override
    @Message("选择候选人员")
    String chooseCandidate();

    @Override
    @Message("目前没有可接此单的服务人员。")
    String noCandidates();

    @Override
    @Message("公里")
    String distanceKm();

    @Override
    @Message("评分")
    String score();

    @Override
    @Message("原因（更换服务人员时必填）")
    String reassignReason();

    @Override
    @Message("派单设置")
    String dispatchSettings();

    @Override
    @Message("通知模板")
    String notificationTemplates();

    @Override
    @Message("派单模式")
    String dispatchMode();

    @Override
    @Message("{#when m}{#is 'AUTO'}自动派单：系统派给最佳人选{#is 'GRAB'}抢单：附近服务人员抢单{#is 'MANUAL'}人工派单：调度员逐单指派{#else}{m}{/when}")
    String dispatchModeName(String m);

    @Override
    @Message("告警阈值")
    String monitorThresholds();

    @Override
    @Message("{#when f}{#is 'grabWindowSeconds'}抢单时长（秒）{#is 'rules.radiusKm'}派单半径（公里）{#is 'rules.fallbackRadiusKm'}扩大后的半径（公里）{#is 'rules.maxConcurrentOrders'}每人最多进行中订单数{#is 'rules.fallbackTimeoutSeconds'}多久后扩大半径（秒）{#is 'rules.offerLimit'}每轮推送人数{#is 'rules.positionMaxAgeSeconds'}位置有效期（秒）{#is 'unacceptedMinutes'}超过多久未接单告警（分钟）{#is 'departLeadMinutes'}开始前多久未出发告警（分钟）{#is 'lateArrivalMinutes'}开始后多久未到达告警（分钟）{#is 'overrunPercent'}服务超时比例告警（%）{#else}{f}{/when}")
    String settingField(String f);

    @Override
    @Message("事件")
    String notificationEventLabel();

    @Override
    @Message("{#when e}{#is 'booked'}下单成功{#is 'accepted'}已接单{#is 'departed'}服务人员已出发{#is 'arrived'}服务人员已到达{#is 'completed'}服务完成{#is 'cancelled'}订单取消{#is 'refunded'}退款到账{#is 'review-reminder'}评价提醒{#else}{e}{/when}")
    String notificationEvent(String e);

    @Override
    @Message("渠道")
    String channel();

    @Override
    @Message("{#when c}{#is 'IN_APP'}站内消息{#is 'SMS'}短信{#is 'WECHAT'}微信订阅消息{#else}{c}{/when}")
    String channelName(String c);

    @Override
    @Message("内容")
    String templateText();

    @Override
    @Message("标题")
    String templateTitle();

    @Override
    @Message("自定义")
    String ownTemplate();

    @Override
    @Message("系统默认")
    String builtInTemplate();

    @Override
    @Message("可用占位符")
    String placeholdersHint();

    @Override
    @Message("短信服务商模板编号")
    String smsTemplateCode();

    @Override
    @Message("微信模板 ID")
    String wechatTemplateId();

    @Override
    @Message("小程序页面")
    String wechatPage();

    @Override
    @Message("参数，每行一个：名称=内容")
    String templateParams();

    @Override
    @Message("每个参数请写成 名称=内容。")
    String paramLine();

    @Override
    @Message("预览")
    String preview();

    @Override
    @Message("预览将用示例订单填充模板。")
    String previewHint();

    @Override
    @Message("恢复系统默认模板")
    String resetTemplate();

    @Override
    @Message("确认删除自定义模板并恢复系统默认？")
    String confirmTemplateReset();

    @Override
    @Message("已恢复系统默认模板。")
    String templateReset();

    @Override
    @Message("全部")
    String allConversations();

    @Override
    @Message("未读")
    String unreadConversations();

    @Override
    @Message("图片")
    String chatImage();

    @Override
    @Message("会话")
    String conversation();

    @Override
    @Message("更早的消息")
    String olderMessages();

    @Override
    @Message("回复内容")
    String reply();

    @Override
    @Message("发送")
    String send();

    @Override
    @Message("标为已读")
    String markRead();

    @Override
    @Message("已标为已读。")
    String markedRead();

    @Override
    @Message("回复已发送。")
    String replySent();

    @Override
    @Message("最多 1000 个字符。")
    String messageTooLong();

    @Override
    @Message("{#when k}{#is 'CUSTOMER'}客户{#is 'WORKER'}服务人员{#is 'STAFF'}客服{#is 'SYSTEM'}系统{#else}{k}{/when}")
    String senderKind(String k);

    @Override
    @Message("客户与服务人员的会话")
    String orderConversation();

    @Override
    @Message("只读：客户与服务人员就此订单的沟通记录。")
    String readOnlyConversation();

}
