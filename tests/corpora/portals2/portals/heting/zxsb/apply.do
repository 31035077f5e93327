<!DOCTYPE html>
<html>
<head>
<meta charset="gb18030">
<meta name="renderer" content="webkit">
<title>网上申报 - 鹤汀市政务服务网</title>
<link rel="stylesheet" href="/static/css/ht.css">
</head>
<body>
<div class="ht-top"><div class="wrap"><span class="welcome">您好，欢迎来到鹤汀市政务服务网</span>
<span class="links"><a href="/user/login.html">登录</a> • <a href="/user/login.html">注册</a> • <a href="/m/">移动端</a></span></div></div>
<div class="ht-head"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo.png" alt="鹤汀市政务服务网"></a></div></div>
<div class="ht-nav"><div class="wrap"><a href="/">首页</a><a href="/bszn/qbsx.html">全部事项</a><a href="/bmfw.html">部门服务</a><a href="/hdjl.html">互动交流</a></div></div>
<div class="wrap crumb">您所在的位置：<a href="/">首页</a> &gt; 网上申报</div>
<div class="wrap"><p>请先登录鹤汀市政务服务网统一身份认证平台。</p><a href="/user/login.html">登录</a></div>
<div class="ht-foot"><div class="wrap">
<p><a href="/wzdt.html">网站地图</a> | <a href="/lxwm.html">联系我们</a> | <a href="/hdjl.html">意见建议</a></p>
<p>主办：鹤汀市人民政府办公室　承办：鹤汀市行政审批局　技术支持：鹤汀市大数据中心</p>
<p>地址：鹤汀市鹤城区汀江大道1号　电话：0795-3810000　赣ICP备19004321号</p>
<p>Copyright © 2018-2024 鹤汀市政务服务网 版权所有</p>
</div></div>
</body>
</html>
