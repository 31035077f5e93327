<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	澄岭市政务服务网
</title><link href="/App_Themes/Default/site.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="form1" method="post" action="./Default.aspx" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="RgxMH9nC37ZTKGdps78DzA6oIFMsKQ3Frt8CKoOADsWiDv6rcy98+9XiTc9qXZAj6oQBg4BfZc25jEw0Bv98mH+mDmkmH0Vep+9WMfpuN5zEgFteksXaTX3mgNHuAVpnR07oDjt3DyrU/9SjqxaCxS3wNqID5M7Wuho8JybaK85nfPVHU6W8whnOSiAwbBq/Kcii6/m1jnu4RXsDaJEpxuFLZG4wIvRPPiAY5CopWQg77Ik3jBUhn/JW4iZ4JgJpNT4LJT/MuqwZ8G+J0FyrJ5FnRm4idT5yHCUoorMOPkXFg5NVOk1AHK5oFrQrgtFzBgm38PHC120wfbYPSlktHahNkdu7C8cEyzT/ywU5e+GlSVgpjMp9qnQN24hLUvsfTipwGTS57AlQLzGiCdZi/KdNNz1o2NoAKhd7q2QrnUzDX990raoQKICjTMMcZg2xjPKUwzrItM/RePo323W2N7sjzCFXVpjsCHEwJGLgNmp2u43kfgQzE7ipfp77gSu35pWDhYGX2FbQk5Sm1zFQf0WvLCYaJsF/bPWDAagBxDO3oKNA" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A9209545" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="NDc90xX5YZ8E+eJH2e8IND33khrzJ996SLe8J/7CjXr1RJDZ1Bqxnu3so8cF5y9gp23gXs/u+aDPCH+hE1+Swr8YhHyREJ+efv0bExtT4teAxNOusJVpbLy+RJmyWYbc" />
</div>
<div id="head"><div class="inner"><h1>澄岭市政务服务网</h1>
<div class="login"><a href="/User/Login.aspx">登录</a><a href="/User/Register.aspx">注册</a></div></div></div>
<div id="menu"><div class="inner"><a href="/Default.aspx">首页</a><a href="/bszn/list.aspx">办事指南</a><a href="/wsbs/Index.aspx">网上办事大厅</a><a href="/Default.aspx#notice">通知公告</a></div></div>
<div id="content">
<div style="float:right">事项搜索：<input name="txtKeyword" type="text" id="txtKeyword" /> <input type="submit" name="btnSearch" value="搜索" id="btnSearch" /></div>
<h2>欢迎访问澄岭市政务服务网</h2>
<p>澄岭市政务服务网提供全市各部门政务服务事项的办事指南查询、网上申报和办件进度查询。</p>
<p><a href="bszn/list.aspx">进入办事指南</a>　<a href="wsbs/Index.aspx">进入网上办事大厅</a></p>
<h3><a name="notice"></a>通知公告</h3>
<ul><li>关于调整市民中心窗口服务时间的通知</li><li>澄岭市政务服务网完成适老化改造</li></ul>
</div>
<div id="foot"><div class="inner">澄岭市人民政府主办　澄岭市政务服务管理办公室维护　地址：澄岭市行政中心东楼　电话：0947-12345<br />Copyright © 澄岭市政务服务管理办公室</div></div>
</form>
</body>
</html>
