<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>道路货物运输经营许可 - 网上申报</title>
<link rel="stylesheet" href="/res/css/main.css">
</head>
<body>
<header class="banner"><span class="name">沅桥市网上申报系统</span><a href="/">政务服务网首页</a></header>
<main>
<h1>道路货物运输经营许可</h1>
<p class="dept">实施主体：沅桥市交通运输局</p>
<form method="post" action="/wsbs/submit.jsp" class="apply-form">
<input type="hidden" name="sxbm" value="11680400994177901W3000114002000">
<div class="field"><label for="apply-sqrxm">申请人姓名</label><input id="apply-sqrxm" name="sqrxm" type="text" required></div><div class="field"><label for="apply-zjhm">身份证件号码</label><input id="apply-zjhm" name="zjhm" type="text" required></div><div class="field"><label for="apply-lxdh">联系电话</label><input id="apply-lxdh" name="lxdh" type="tel" required></div>
<div class="field captcha"><label for="hy-yzm">验证码</label><input id="hy-yzm" name="yzm" type="text" maxlength="4"><img src="/wsbs/captcha.jsp" alt="验证码图片" width="100" height="34"><button type="button" class="refresh">看不清？换一张</button></div>
<div class="actions"><button type="submit">提交申请</button></div>
</form>
</main>
<footer class="foot"><p>沅桥市政务服务中心</p></footer>

</body>
</html>
