<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>APP下载</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link href="/App_Themes/Default/site.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="header"><img src="/images/logo.png" alt="岚溪市人民政府" width="40" height="40"><span class="t">岚溪市网上办事大厅</span></div>
<ul id="nav"><li><a href="/Default.aspx">首页</a></li><li><a href="/ZWFW/BSZN/List.aspx">办事指南</a></li><li><a href="/Search/Index.aspx">搜索</a></li><li><a href="/App/Download.aspx">APP下载</a></li></ul>
<form method="post" action="/App/Download.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTYhFV0KJS6V6c9Daqzw7OU8o9dvnvfzwk3XJJp7+f0EveEVXQolLpXpz0NqrPD"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334"></div>
<div id="content">
<h1>APP下载</h1>
<div class="app-one"><img src="/App/images/ilanxi-logo.png" alt="" width="48" height="48"><h2>i岚溪</h2>
<table><tr><th scope="row">当前版本</th><td>V3.0.6</td></tr><tr><th scope="row">发布日期</th><td>{{date:760:cn}}</td></tr><tr><th scope="row">首次上线</th><td>{{date:2400:cn}}</td></tr><tr><th scope="row">大小</th><td>48.2MB</td></tr></table>
<img src="/App/images/ilanxi-qr.png" alt="i岚溪下载二维码" width="116" height="116">
<p><a href="/App/Files/ilanxi_3.0.6.apk">Android版下载</a>　<a href="https://apps.apple.com/cn/app/id1460000001">iOS版下载</a></p></div>
</div>
</form>
<div id="footer"><p>岚溪市政务服务管理局 主办　ICP备案：盲ICP备00000002号</p></div>

</body>
</html>
