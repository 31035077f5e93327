<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>网上申报 - 溪桥市政务服务网</title>
<link rel="stylesheet" href="/res/css/xq.css">
</head>
<body>
<div class="hd"><span class="name">溪桥市政务服务网</span> 澜沧省一体化政务服务平台</div>
<div class="menu"><a href="/">首页</a><a href="/search?keyword=&amp;page=1">个人服务</a><a href="/search?keyword=&amp;page=1">法人服务</a><a href="/">网上办理</a><a href="/">快递办理</a><a href="/">自助终端分布</a><a href="/">好差评</a></div>
<div class="box"><p>请先登录澜沧省统一身份认证平台后申报。</p></div>
<div class="ft">主办单位：溪桥市人民政府 承办单位：溪桥市行政审批服务局 | <a href="/sitemap.xml">网站地图</a> | 政务服务热线：12345<br>
支持窗口办理、网上办理、快递办理、自助终端办理等多种方式，让数据多跑路、群众少跑腿</div>
</body>
</html>
