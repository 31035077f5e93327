<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>用户登录_沙棠市政务服务网</title>
<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" type="text/css" href="/static/css/portal.css" />
</head>
<body>
<div class="top"><div class="w1200"><a class="logo" href="/">沙棠市政务服务网</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/bsfw/list.do?type=1">个人办事</a></li><li><a href="/bsfw/list.do?type=2">法人办事</a></li><li><a href="/wsbs/apply.do">我要办</a></li></ul></div></div>
<div class="w1200 main">
<div class="login"><h2>沙棠市政务服务网 用户登录</h2>
<p>网上申报前请先登录。个人用户可使用“甘快办”APP扫码登录，法人用户请使用电子营业执照登录。</p>
<form action="/wsbs/apply.do" method="get"><p><label>账号：<input name="account" /></label></p>
<p><label>密码：<input name="pwd" type="password" /></label></p><p><input type="submit" value="登 录" /></p></form>
</div>
</div>
<div class="footer"><p>主办单位：沙棠市人民政府办公室　承办单位：沙棠市政务服务中心</p>
<p>地址：沙棠市金滩区新华西路168号　邮编：629200　联系电话：0937-6012345</p>
<p>网站标识码：6292000003　陇ICP备05001234号　陇公网安备 62920202000123号</p></div>
</body>
</html>
