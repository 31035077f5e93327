<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>办事指南</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link href="/App_Themes/Default/site.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="header"><img src="/images/logo.png" alt="岚溪市人民政府" width="40" height="40"><span class="t">岚溪市网上办事大厅</span></div>
<ul id="nav"><li><a href="/Default.aspx">首页</a></li><li><a href="/ZWFW/BSZN/List.aspx">办事指南</a></li><li><a href="/Search/Index.aspx">搜索</a></li><li><a href="/App/Download.aspx">APP下载</a></li></ul>
<form method="post" action="/ZWFW/BSZN/List.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTYjz9xvEFhJKzWh9HV+DiWPPo2VZQy6fSXGtEezrWbbUSPP3G8QWEkrNaH0dX4"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334"></div>
<div id="content">
<h1>办事指南</h1>
<table><tr><th scope="col">事项名称</th><th scope="col">办理部门</th></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1201">住房公积金提取（购房）</a></td><td>岚溪市住房公积金管理中心</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1202">住房公积金提取（租房）</a></td><td>岚溪市住房公积金管理中心</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1203">住房公积金个人贷款申请</a></td><td>岚溪市住房公积金管理中心</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1204">不动产抵押权登记</a></td><td>岚溪市自然资源和规划局</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1205">不动产登记资料查询</a></td><td>岚溪市自然资源和规划局</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1206">道路运输从业资格证补发</a></td><td>岚溪市交通运输局</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1207">出租汽车驾驶员从业资格注册</a></td><td>岚溪市交通运输局</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1208">教师资格认定</a></td><td>岚溪市教育局</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1209">义务教育阶段转学申请</a></td><td>岚溪市教育局</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1210">残疾人证申领</a></td><td>岚溪市残疾人联合会</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1211">无犯罪记录证明开具</a></td><td>岚溪市公安局</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1212">最低生活保障审核确认</a></td><td>岚溪市民政局</td></tr><tr><td><a href="/ZWFW/BSZN/Detail.aspx?id=1213">户口迁移（市内）</a></td><td>岚溪市公安局</td></tr></table>
</div>
</form>
<div id="footer"><p>岚溪市政务服务管理局 主办　ICP备案：盲ICP备00000002号</p></div>

</body>
</html>
