<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>医保参保信息变更 - 网上申报</title>
<link rel="stylesheet" href="/res/css/main.css">
</head>
<body>
<header class="banner"><span class="name">沅桥市网上申报系统</span><a href="/">政务服务网首页</a></header>
<main>
<div class="app-banner"><img src="/res/img/yqb-icon.png" alt="" width="32" height="32"><p>下载“沅桥办”APP，办事更便捷 <a href="/app/dl/yqb_3.8.0.apk">立即下载</a></p></div>
<h1>医保参保信息变更</h1>
<p class="dept">实施主体：沅桥市医疗保障局</p>
<form method="post" action="/wsbs/submit.jsp" class="apply-form">
<input type="hidden" name="sxbm" value="11680400226264316Y3002013005000">
<div class="field"><label for="yb-sqrxm">申请人姓名</label><input id="yb-sqrxm" name="sqrxm" type="text" required></div><div class="field"><label for="yb-zjhm">身份证件号码</label><input id="yb-zjhm" name="zjhm" type="text" required></div><div class="field"><label for="yb-lxdh">联系电话</label><input id="yb-lxdh" name="lxdh" type="tel" required></div>
<div class="actions"><button type="submit">提交申请</button></div>
</form>
</main>
<footer class="foot"><p>沅桥市政务服务中心</p></footer>

</body>
</html>
