<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>医疗机构执业登记 - 网上申报</title>
<link rel="stylesheet" href="/res/css/main.css">
</head>
<body>
<header class="banner"><span class="name">沅桥市网上申报系统</span><a href="/">政务服务网首页</a></header>
<main>
<h1>医疗机构执业登记</h1>
<p class="dept">实施主体：沅桥市卫生健康委员会</p>
<p class="jump">正在进入申报系统，请稍候…</p>

</main>
<footer class="foot"><p>沅桥市政务服务中心</p></footer>
<script>
setTimeout(function(){location.replace('/wsbs/notice/tzbl.shtml');}, 50);
</script>

</body>
</html>
