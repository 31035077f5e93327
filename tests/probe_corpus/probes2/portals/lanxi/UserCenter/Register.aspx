<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>用户注册 - 岚溪市网上办事大厅</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link href="/App_Themes/Default/site.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="header"><img src="/images/logo.png" alt="岚溪市人民政府" width="40" height="40"><span class="t">岚溪市网上办事大厅</span></div>
<ul id="nav"><li><a href="/Default.aspx">首页</a></li><li><a href="/ZWFW/BSZN/List.aspx">办事指南</a></li><li><a href="/Search/Index.aspx">搜索</a></li><li><a href="/App/Download.aspx">APP下载</a></li></ul>
<form method="post" action="/UserCenter/Register.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTYh6q70L2nwqL98sujOfsZ+1YoUNPftO9JldSQ9GmaHY6HqrvQvafCov3yy6M5"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334"></div>
<div id="content">
<h1>用户注册</h1>
<div class="field"><label for="txtMobile">手机号码</label><input name="ctl00$Main$txtMobile" type="tel" id="txtMobile"></div>
<input type="submit" name="ctl00$Main$btnReg" value="注册" id="btnReg">
</div>
</form>
<div id="footer"><p>岚溪市政务服务管理局 主办　ICP备案：盲ICP备00000002号</p></div>

</body>
</html>
