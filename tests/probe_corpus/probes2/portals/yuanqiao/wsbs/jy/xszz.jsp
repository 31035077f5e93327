<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>学生资助申请 - 网上申报</title>
<link rel="stylesheet" href="/res/css/main.css">
</head>
<body>
<header class="banner"><span class="name">沅桥市网上申报系统</span><a href="/">政务服务网首页</a></header>
<main>
<h1>学生资助申请</h1>
<p class="dept">实施主体：沅桥市教育局</p>
<section class="mini-only"><h2>办理渠道调整</h2><p>本事项已迁移至“沅桥市民通”微信小程序办理：请微信搜索“沅桥市民通”小程序，进入后选择“学生资助申请”。电脑端不再提供网上申报。</p></section>

</main>
<footer class="foot"><p>沅桥市政务服务中心</p></footer>

</body>
</html>
