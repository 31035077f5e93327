<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>商品房预售许可 - 网上申报</title>
<link rel="stylesheet" href="/res/css/main.css">
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8">
</head>
<body>
<header class="banner"><span class="name">沅桥市网上申报系统</span><a href="/">政务服务网首页</a></header>
<main>
<h1>商品房预售许可</h1>
<p class="dept">实施主体：沅桥市住房和城乡建设局</p>
<form method="post" action="/wsbs/submit.jsp" class="apply-form">
<input type="hidden" name="sxbm" value="1168040015460995143000109003000">
<div class="field"><label for="apply-sqrxm">申请人姓名</label><input id="apply-sqrxm" name="sqrxm" type="text" required></div><div class="field"><label for="apply-zjhm">身份证件号码</label><input id="apply-zjhm" name="zjhm" type="text" required></div><div class="field"><label for="apply-lxdh">联系电话</label><input id="apply-lxdh" name="lxdh" type="tel" required></div>
<div class="browser-note" role="note"><p>本系统电子签章控件须在IE浏览器兼容性视图下运行：请将本站点添加到兼容性视图设置，并使用IE浏览器访问，否则无法完成签章。</p></div>
<div class="actions"><button type="submit">提交申请</button></div>
</form>
</main>
<footer class="foot"><p>沅桥市政务服务中心</p></footer>

</body>
</html>
