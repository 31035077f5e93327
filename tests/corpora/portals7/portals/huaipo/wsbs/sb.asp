<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>网上申报--石门镇人民政府</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td class="top">槐陂市桐溪县石门镇人民政府</td></tr>
<tr><td class="menu"><a href="/">网站首页</a><a href="/bmfw/list.asp?classid=5">便民服务</a><a href="/about.asp">镇情概况</a></td></tr>
<tr><td valign="top" style="padding:10px">
<div>您现在的位置：<a href="/">首页</a> &gt;&gt; 网上申报</div><p>请登录槐陂市政务服务网统一身份认证后申报。</p>
</td></tr>
<tr><td class="foot">版权所有：桐溪县石门镇人民政府　地址：石门镇新村路18号　邮编：399724<br>
便民服务热线：0396-7321234　备案号：岚ICP备0000000号</td></tr>
</table>
</body>
</html>
