<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>在线申办—松陵市网上办事服务平台</title>
<link href="/css/sl.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td><img src="/images/sl_logo.png" width="400" height="70" alt="松陵市网上办事服务平台"></td>
<td align="right"><a href="/">首页</a> | <a href="/bsfw/sxml_1.html">办事指南</a> | <a href="/wsbs/index.html">我要办事</a> | <a href="/bjcx/index.html">办件查询</a> | <a href="/tsjy/index.html">投诉建议</a></td></tr>
</table>
<table width="1000" align="center" class="pos"><tr><td>当前位置：<a href="/">首页</a> &gt; 在线申办</td></tr></table>
<table width="1000" align="center" class="mainbox"><tr><td valign="top"><p>您尚未登录，请先登录。</p></td></tr></table>
<table width="1000" align="center" class="foot"><tr><td align="center">
主办：松陵市行政审批局　协办：松陵市大数据管理中心<br>
地址：松陵市杨柳村路18号　电话：0512-63981234　苏ICP备10023456号　网站标识码：3205000078
</td></tr></table>
</body>
</html>
