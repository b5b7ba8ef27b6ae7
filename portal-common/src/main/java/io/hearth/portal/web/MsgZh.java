package io.hearth.portal.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** {@link Msg} in Simplified Chinese: every text. */
@Localized("zh-CN")
public interface MsgZh extends Msg {

    @Override @Message("首页") String menu_home();
    @Override @Message("退出登录") String signOut();
    @Override @Message("语言") String language();
    @Override @Message("菜单") String menu();
    @Override @Message("欢迎，{name}") String welcome(String name);
    @Override @Message("账号") String account();
    @Override @Message("租户") String tenant();
    @Override @Message("角色") String roles();
    @Override @Message("暂时无法连接平台接口。") String platformUnavailable();
    @Override @Message("您已以 {name} 身份登录；平台恢复响应后，依赖平台的页面即可正常使用。") String platformUnavailableHint(String name);
    @Override @Message("平台拒绝了您的账号。") String platformRefused();
    @Override @Message("您无权查看此页面") String forbiddenTitle();
    @Override @Message("您的角色不包含此页面。如有需要，请联系公司账号的负责人。") String forbiddenText();
    @Override @Message("页面不存在") String notFoundTitle();
    @Override @Message("出错了") String errorTitle();
    @Override @Message("请求未能完成。请重试；如果一直失败，请联系管理员。") String errorText();
    @Override @Message("表单已过期或不是从本后台提交的。请刷新页面后重试。") String csrfRefused();
    @Override @Message("返回首页") String backHome();
    @Override @Message("请修改标出的字段。") String fixFields();
    @Override @Message("必填。") String required();
    @Override @Message("请输入整数。") String wholeNumber();
    @Override @Message("请输入以元为单位的金额，例如 88 或 88.50。") String amountYuan();
    @Override @Message("请输入日期（yyyy-mm-dd）。") String dateFormat();
    @Override @Message("请输入日期和时间。") String dateTimeFormat();
    @Override @Message("已保存。") String saved();
    @Override @Message("保存") String save();
    @Override @Message("取消") String cancel();
    @Override @Message("删除") String delete();
    @Override @Message("编辑") String edit();
    @Override @Message("新建") String create();
    @Override @Message("筛选") String filter();
    @Override @Message("重置") String reset();
    @Override @Message("确定吗？此操作无法撤销。") String confirmDestructive();
    @Override @Message("处理中…") String working();
    @Override @Message("第一页") String firstPage();
    @Override @Message("上一页") String previous();
    @Override @Message("下一页") String next();
    @Override @Message("第 {page} / {pages} 页，共 {total} 条") String pageOf(int page, int pages, long total);
    @Override @Message("暂无数据。") String empty();
    @Override @Message("操作") String actions();
    @Override @Message("是") String yes();
    @Override @Message("否") String no();
}
