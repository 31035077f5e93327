<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta name="SiteName" content="青杉市人民政府门户网站" />
<title>统一身份认证登录_青杉市网上办事大厅</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topbar"><div class="w1000"><span>欢迎访问青杉市人民政府门户网站！</span><span class="fr"><a href="/wza/index.html">无障碍</a> | <a href="/zwgk/index.html">English</a> | <a href="/wsbs/index.html">我要办事</a></span></div></div>
<div class="header w1000"><a href="/"><img src="/images/logo.png" width="420" height="80" alt="青杉市人民政府门户网站" /></a>
<form class="search" action="/search/index.html" method="get"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div>
<div class="nav"><ul class="w1000">
<li><a href="/">首页</a></li><li><a href="/zwgk/index.html">政务公开</a></li><li><a href="/zwfw/index.html">政务服务</a></li>
<li><a href="/hdjl/index.html">互动交流</a></li><li><a href="/zjqs/index.html">走进青杉</a></li><li><a href="/wsbs/index.html">我要办事</a></li>
</ul></div>
<div class="w1000 position">当前位置：<a href="/">首页</a> &gt; 用户登录</div>
<div class="w1000 main"><div class="content"><form action="/wsbs/apply.jsp" method="get"><p>用户名：<input name="u" /></p><p>密码：<input type="password" name="p" /></p><input type="submit" value="登录" /></form></div></div>
<div class="footer"><div class="w1000">
<p><a href="/about/index.html">网站地图</a> | <a href="/about/index.html">联系我们</a> | <a href="/about/index.html">使用帮助</a></p>
<p>主办单位：青杉市人民政府办公室　承办单位：青杉市大数据中心</p>
<p>地址：青杉市建设路1号　邮编：339900　联系电话：0791-6651000</p>
<p>赣ICP备05001234号　网站标识码：3699000013　赣公网安备 36990002000123号</p>
</div></div>
</body>
</html>
