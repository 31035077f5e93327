<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>网上申报-禾桥区政务服务网</title>
<link rel="stylesheet" href="/static/css/hall.css">
</head>
<body>
<div class="header"><h1>禾桥区政务服务网</h1><a href="/" style="color:#fff">首页</a></div>
<div class="main">
<p>请先使用汀州省政务服务网账号登录后在线申报。</p>
</div>
<div class="footer">
<p>主办单位：禾桥区行政审批服务局　承办：禾桥区政务服务中心（禾桥区迎春路66号）</p>
<p>服务热线：0795-8801234　办公时间：周一至周五 9:00-17:00</p>
</div>
</body>
</html>
