<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	在线申办-澄岭市
</title><link href="/App_Themes/Default/site.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="form1" method="post" action="./Apply.aspx" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="beKj0w1Ax3Gv/LI6VZROd3+nxbOUC8Zi5G9ZhQGEZsOyZOVjWSstRNv0j+7CH20HhEcnUUVNvRgSXvj4acqgqSll93S55xeV9FpxgDS6o5DrTU5q6nSRmjXjK3Efpf01kGbtCgknQNuCPlMjoDssELyY8EnCiJDBl6ANEWLHDQDADKDff0YpgHMPoLTcpy3+9zZMAUMb03CHpJIXwMDfs6DF0avgSjdMetC5aTkWfTdZW87Los6W63E//zD8+Kp278b/8yAFyAZSOxBC3yZSjbMh89baT2mFE7cMKQLqlb4UT5HdC1MSQkSTJhfNzJdp5LYqtsP+pNf63M6RnARhJ5mdUw9sMuXCVnJoHf1ImJM37E61j/Q03Bzo0uqfpf4jFmEfeSKLcUVzS4LqLE5401KKIOlhf8rMhaDHNZMQrqyAg2pxLUwfAd6wK3fA37j3Fm1hFHu52swlMvJ8q16DDoQR09OT4rnmhnK7/uW70OUGaC8vd3UkcVZjmDCWWiskukSsqplp03c9uEIN6FOLN2OIHiPClzE35YhqD91p5J35shPd" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9171836F" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="15rUg47XXz43AvwgL0bpVVTo8185V722tfti2Dr0tjQwbYhIZUPw1+BmpDN6ynKCm2RNwl6w4EulRplSanOS5QXr2KGirUGfzWUksT6CGi1/1KOqcNa4BT8yAORj21Ro" />
</div>
<div id="head"><div class="inner"><h1>澄岭市政务服务网</h1>
<div class="login"><a href="/User/Login.aspx">登录</a><a href="/User/Register.aspx">注册</a></div></div></div>
<div id="menu"><div class="inner"><a href="/Default.aspx">首页</a><a href="/bszn/list.aspx">办事指南</a><a href="/wsbs/Index.aspx">网上办事大厅</a><a href="/Default.aspx#notice">通知公告</a></div></div>
<div id="content">
<h2>在线申办</h2>
<p>会话已过期，请<a href="/User/Login.aspx">重新登录</a>后继续申办。</p>
</div>
<div id="foot"><div class="inner">澄岭市人民政府主办　澄岭市政务服务管理办公室维护　地址：澄岭市行政中心东楼　电话：0947-12345<br />Copyright © 澄岭市政务服务管理办公室</div></div>
</form>
</body>
</html>
