<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>用户登录 - 岚溪市网上办事大厅</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link href="/App_Themes/Default/site.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="header"><img src="/images/logo.png" alt="岚溪市人民政府" width="40" height="40"><span class="t">岚溪市网上办事大厅</span></div>
<ul id="nav"><li><a href="/Default.aspx">首页</a></li><li><a href="/ZWFW/BSZN/List.aspx">办事指南</a></li><li><a href="/Search/Index.aspx">搜索</a></li><li><a href="/App/Download.aspx">APP下载</a></li></ul>
<form method="post" action="/UserCenter/Login.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTYEQ3aAPgUrdfNJmyaGJau+NPSqmXcetaVlGyJ1zBAj9sRDdoA+BSt180mbJoY"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334"></div>
<div id="content">
<h1>岚溪市网上办事大厅用户登录</h1>
<div class="field"><label for="txtUser">用户名</label><input name="ctl00$Main$txtUser" type="text" id="txtUser"></div>
<div class="field"><label for="txtPwd">密码</label><input name="ctl00$Main$txtPwd" type="password" id="txtPwd"></div>
<input type="submit" name="ctl00$Main$btnLogin" value="登录" id="btnLogin">
<p>还没有本系统账号？<a href="/UserCenter/Register.aspx">用户注册</a></p>
</div>
</form>
<div id="footer"><p>岚溪市政务服务管理局 主办　ICP备案：盲ICP备00000002号</p></div>

</body>
</html>
