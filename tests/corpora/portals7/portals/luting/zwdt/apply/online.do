<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>在线申报-芦汀市政务服务网</title>
<link rel="stylesheet" href="/zwdt/css/hall.css">
</head>
<body>
<div class="banner">芦汀市政务服务网<a href="/" target="_top">首页</a><a href="/zwdt/main.html" target="_top">网上办事大厅</a><a href="/zwdt/user/login.html">登录</a><a href="/zwdt/apply/online.do">我的办件</a></div><div class="box"><h3>在线申报</h3><p>请登录后填写申报信息。</p></div>
</body>
</html>
