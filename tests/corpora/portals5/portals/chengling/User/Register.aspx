<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	用户注册-澄岭市政务服务网
</title><link href="/App_Themes/Default/site.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="form1" method="post" action="./Register.aspx" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="Y5gcyWlDGqLw3ysSSdPIqzh/gSK2S/s5Pcc7q+puFGgexsnjoPcaYexNfsXMf6U05x5Wh3nPq1aglgKi5aZNAfZgNMJAjNS8EQrzpeC3HthxSN1yDDTiXNnXZ8z7aYGu8PomsExBY9OF8RvN4my4/1HPxO/gwePKe2plF9lL07RHgYbOH+cbDbao0L9tzU/D6o/SVVMs7XIstBCvMPFMNUOCrRXzWbwWMsh1vAJtaHnvDZF7C280T/yi3pL5jyWjXZNKwNZvr4UrW/7EfoOpUop2OHC0kzPidgxRTG/SdidQm62CSN+39WWhgMKNb0p2f1dXz4ZDUQIuL/VMVIMkv759mudtDQ9fJ1/iK27gF9uLyCJBDMxB4DlXftIAkAsLus8N6gYhkr3iIzmOVO27Ye0n1lf1hslFUDprmQ8JICbMD7MDpgLlwvhC4nafrB1CagzB+r9x8llopQ+YUQn3oHk8vSt2qUMTfw4kxXDFNbOuroJjpI54vEk2lNvVUQipgwThNllPwjAXv3b8IzW8pf6eA9/r8eMQ7yBCRsgNRtP6bO4K" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9CDC0494" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="dI2TRPfvqsPBraEDKB4A4m7Os5F1SgUqfInn4WfBDLbqzpRv9FLXOZ92WueOrmmxp+KACLJmP/yxUPRuO5tYkz78ziVrtP9v0+YdPyHcf5fSt6gDsXd15yNNE5LGe8nt" />
</div>
<div id="head"><div class="inner"><h1>澄岭市政务服务网</h1>
<div class="login"><a href="/User/Login.aspx">登录</a><a href="/User/Register.aspx">注册</a></div></div></div>
<div id="menu"><div class="inner"><a href="/Default.aspx">首页</a><a href="/bszn/list.aspx">办事指南</a><a href="/wsbs/Index.aspx">网上办事大厅</a><a href="/Default.aspx#notice">通知公告</a></div></div>
<div id="content">
<h2>用户注册</h2>
<p>请携带居民身份证到市民中心一楼服务台办理实名注册，或使用手机APP注册。</p>
</div>
<div id="foot"><div class="inner">澄岭市人民政府主办　澄岭市政务服务管理办公室维护　地址：澄岭市行政中心东楼　电话：0947-12345<br />Copyright © 澄岭市政务服务管理办公室</div></div>
</form>
</body>
</html>
