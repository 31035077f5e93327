<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>网上申报_岚川市网上办事大厅</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="main">
<h2>网上申报</h2>
<p>请先<a href="../login.html">登录</a>，登录后系统将自动带出申报事项。</p>
</div>
<div class="footer">主办：岚川市人民政府办公室　承办：岚川市行政审批服务局<br>地址：岚川市人民路1号　邮编：940300　建议使用1024×768分辨率、IE6.0以上版本浏览器浏览本站</div>
</body>
</html>
