<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	用户登录-澄岭市政务服务网
</title><link href="/App_Themes/Default/site.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="form1" method="post" action="./Login.aspx" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="ype/w+CgiIPJMIkZOtG1GnTVs21i6WuZebvA2fDs34zMUmvWaRZgBMbrjEjFt/qpgZOSZbf1J3+mWZGBYUIf8UUO3rT9nfS/eAN4Cfyv68oKrdL3Sbe+P7vW2AbpUTc7jqY78IZy+qP1pYoDF3YPEIAWkwC++2c8YRLC7CK3qPI7FFlRsKeGwoXUFPWQPQKVRRRB8r5S7wOr5knaEf2wB8Ozte7NDWcVqcEUOtisfe8/4caYlyOSKSI3BeGBohWMMPcrzabjXZSt6HdJZUFtvm/Z8YT11XeyC9bM66H5cRm0qniC8ph/FoPchDZrO1WTP3s1Y3zmSzI3j/HKGliDNtzWNKWbaIZIdgZK7XjODLPB6JqeB5+K0xjxGFDDb66XxPzIAPG8g7nEVhqr1zRamos3zi6qwUGW+rgdxc5W4EDWXKfC90uYRN+l6CykDU7k1yvxzD0m4tDWvrBUVqlhs5Gq6MWDCURnBbjxEWkKeI/648aq/pxFWQSmMNqegihiZZ21zYexSRn0w9d5Pvx255V/91tcYAUNwrcdd8lBH4YdswWX" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="80FEC077" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="ys0Gxc+P1djj+nqTIUCtHv+doghXGhonn8kNIoMGGj1wkFaAbaZtABLL6vuM4NkJLG6B8oUSCcB1Ll6iXURM/2rnIvlV4DzzaAxSpr1u9yv13gHi3Xy8lQ3k0NnlTLD2" />
</div>
<div id="head"><div class="inner"><h1>澄岭市政务服务网</h1>
<div class="login"><a href="/User/Login.aspx">登录</a><a href="/User/Register.aspx">注册</a></div></div></div>
<div id="menu"><div class="inner"><a href="/Default.aspx">首页</a><a href="/bszn/list.aspx">办事指南</a><a href="/wsbs/Index.aspx">网上办事大厅</a><a href="/Default.aspx#notice">通知公告</a></div></div>
<div id="content">
<h2>用户登录</h2>
<p>用户名：<input name="txtUser" type="text" id="txtUser" /></p>
<p>密　码：<input name="txtPwd" type="password" id="txtPwd" /></p>
<p><input type="submit" name="btnLogin" value="登录" id="btnLogin" />　<a href="Register.aspx">注册</a></p>
</div>
<div id="foot"><div class="inner">澄岭市人民政府主办　澄岭市政务服务管理办公室维护　地址：澄岭市行政中心东楼　电话：0947-12345<br />Copyright © 澄岭市政务服务管理办公室</div></div>
</form>
</body>
</html>
