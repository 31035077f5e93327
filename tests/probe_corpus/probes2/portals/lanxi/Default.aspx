<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>岚溪市网上办事大厅</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link href="/App_Themes/Default/site.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="header"><img src="/images/logo.png" alt="岚溪市人民政府" width="40" height="40"><span class="t">岚溪市网上办事大厅</span></div>
<ul id="nav"><li><a href="/Default.aspx">首页</a></li><li><a href="/ZWFW/BSZN/List.aspx">办事指南</a></li><li><a href="/Search/Index.aspx">搜索</a></li><li><a href="/App/Download.aspx">APP下载</a></li></ul>
<form method="post" action="/Default.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTYKNiZiHexPoXoEWQbw2sSE1UmMZHB2BclXZjuswXiQO8o2JmId7E+hegRZBvD"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334"></div>
<div id="content">
<h1>岚溪市网上办事大厅</h1>
<div class="area"><span>切换区县：</span><select name="ctl00$Main$ddlArea" id="ddlArea" onchange="__doPostBack('ctl00$Main$ddlArea','')"><option value="680200">岚溪市本级</option><option value="680202">青桥区</option><option value="680221">石溪县</option></select></div>
<h2>常办事项</h2>
<ul><li><a href="/ZWFW/BSZN/Detail.aspx?id=1201">住房公积金提取（购房）</a></li><li><a href="/ZWFW/BSZN/Detail.aspx?id=1202">住房公积金提取（租房）</a></li><li><a href="/ZWFW/BSZN/Detail.aspx?id=1203">住房公积金个人贷款申请</a></li><li><a href="/ZWFW/BSZN/Detail.aspx?id=1204">不动产抵押权登记</a></li><li><a href="/ZWFW/BSZN/Detail.aspx?id=1205">不动产登记资料查询</a></li><li><a href="/ZWFW/BSZN/Detail.aspx?id=1206">道路运输从业资格证补发</a></li></ul>
<p><a href="/ZWFW/BSZN/List.aspx">更多办事指南</a></p>

</div>
</form>
<div id="footer"><p>岚溪市政务服务管理局 主办　ICP备案：盲ICP备00000002号</p></div>
<script>
function __doPostBack(t,a){var f=document.getElementById('form1');if(f&&(!f.onsubmit||f.onsubmit()!==false)){f.submit();}}
</script>

</body>
</html>
