<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	办事指南-澄岭市政务服务网
</title><link href="/App_Themes/Default/site.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="form1" method="post" action="list.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="0iRJNz7v5wYV7KYDdN6x0Gkhjguu5fqa1s6u242PVbq5p0z+BfSf0ZuZz+ZzsHAdvs/ZueLaOArbpe6sF3ONFxlruqgZRTvMqT0QLctI/dZjds0zcOnKDJyKzyS96QKQrEMCD5/23d1t/lKqKIQ0om57aUwVD9ziFq9YeZolN5SZmpM5jsXcF8FuKmKl0xhc/RPnhBY42xbIVjFsFl1ag72q+TgeKhkPlo7CFGW2//MHQ1tyKlgInF7RjvdtmXHFFw2LXFnTPWJ2fCWO3VWT7BvNuXijPn2w2JdcO5+tI3HLbc/1bmkpwHjRLTYPiSIi1LHIuM2AqTRGUYvI9bTrS/3Fho38uvQGkwJDSE8wqgCom4DQJu7Q4nDQ/4EXgotOUlnS4Q9mWmNaymqKuAPKnW2xbNk1spjuJ7HMVr7VJ6UtUjzYiN8LUfHbaxyAqv/9PLi1fxvRC7Y4+UbTn/2jatN/wVmswGWERWNO0FQSDi8fhEisU3/1Xjy6V/zrnl5jMkfBCb8jAUtOUrlTxMKqtEt1kfNQ1YvP0YhWIJZpZKiQaFg0" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="FD6359DD" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="Fc9sIBMJGCmo7/adn2SZ6+YOHIGKANur7bq0AAPCn+oR12YCL18nWhz/cV+JZ9GgBlzWiXydSWh/YNTzty1Uj2y36P2Y9g1BeBG4JjOEQnDpdnfTinQNycZfEjfwseLR" />
</div>
<script type="text/javascript">
// send the page back to the server, naming the control and its argument
var pageForm = document.getElementById('form1');
function __doPostBack(target, argument) {
    if (pageForm.onsubmit && pageForm.onsubmit() === false) { return; }
    pageForm.elements['__EVENTTARGET'].value = target;
    pageForm.elements['__EVENTARGUMENT'].value = argument;
    pageForm.submit();
}
</script>
<div id="head"><div class="inner"><h1>澄岭市政务服务网</h1>
<div class="login"><a href="/User/Login.aspx">登录</a><a href="/User/Register.aspx">注册</a></div></div></div>
<div id="menu"><div class="inner"><a href="/Default.aspx">首页</a><a href="/bszn/list.aspx">办事指南</a><a href="/wsbs/Index.aspx">网上办事大厅</a><a href="/Default.aspx#notice">通知公告</a></div></div>
<div id="content">
<h2>办事指南</h2>
<table class="gv" cellspacing="0" rules="all" border="1" id="gvList">
<tr><th scope="col">序号</th><th scope="col">事项名称</th><th scope="col">实施主体</th><th scope="col">办件类型</th></tr>
<tr><td>1</td><td><a href="/bszn/detail.aspx?ItemGuid=dceaf4c8-18b1-864f-7b47-ee7fe353e77c" target="_blank">医疗机构执业登记</a></td><td>澄岭市卫生健康委员会</td><td>承诺件</td></tr>
<tr><td>2</td><td><a href="/bszn/detail.aspx?ItemGuid=d6d454d6-93c2-a5e2-4954-8e4091027114" target="_blank">出生医学证明补发</a></td><td>澄岭市卫生健康委员会</td><td>承诺件</td></tr>
<tr><td>3</td><td><a href="/bszn/detail.aspx?ItemGuid=12f69123-5b7e-5148-9732-2e774477f798" target="_blank">公共场所卫生许可</a></td><td>澄岭市卫生健康委员会</td><td>即办件</td></tr>
<tr><td>4</td><td><a href="/bszn/detail.aspx?ItemGuid=8ceae69e-176d-8c6a-5a7d-0cee20193929" target="_blank">护士执业注册</a></td><td>澄岭市卫生健康委员会</td><td>承诺件</td></tr>
<tr><td>5</td><td><a href="/bszn/detail.aspx?ItemGuid=9f8b986c-c873-2f4a-592e-14143907cb3c" target="_blank">食品经营许可</a></td><td>澄岭市市场监督管理局</td><td>承诺件</td></tr>
<tr class="pager"><td colspan="4"><span class="cur">1</span> <a href="javascript:__doPostBack('gvList','Page$2')">2</a> <a href="javascript:__doPostBack('gvList','Page$3')">3</a> <a href="javascript:__doPostBack('gvList','Page$4')">4</a> <a href="javascript:__doPostBack('gvList','Page$2')">下一页</a> <a href="javascript:__doPostBack('gvList','Page$4')">尾页</a></td></tr>
</table>
<div class="pagebar">共 19 条记录 共 4 页 当前第 1 页　跳转到 <input name="txtPageIndex" type="text" id="txtPageIndex" size="3" value="" /> 页 <input type="submit" name="btnGo" value="GO" id="btnGo" /></div>
</div>
<div id="foot"><div class="inner">澄岭市人民政府主办　澄岭市政务服务管理办公室维护　地址：澄岭市行政中心东楼　电话：0947-12345<br />Copyright © 澄岭市政务服务管理办公室</div></div>
</form>
</body>
</html>
