<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>预约办理_东泽区人民政府</title>
<meta name="SiteName" content="东泽区人民政府">
<meta name="SiteDomain" content="www.dongze.example.gov.cn">
<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top">鹤川市东泽区人民政府</div>
<div class="nav"><a href="/">首页</a><a href="/col/col1100/index.html">通知公告</a><a href="/col/col1001/index.html">政务服务</a><a href="javascript:;" title="建设中">互动交流</a></div>
<div class="wrap">
<div class="position">当前位置：<a href="/">首页</a> &gt; 预约办理</div>
<div class="main"><h2>预约办理</h2><p>请选择预约事项、日期和时段。预约成功后请按时到窗口办理。</p><p><a href="/">返回首页</a></p></div>
</div>
<div class="footer">主办：鹤川市东泽区人民政府办公室　承办：东泽区大数据发展中心<br>
东泽区政务服务中心地址：东泽区滨湖大道88号　政务服务热线：0399-86612000　网站标识码：3902030001<br>
<script>document.write('<span>访问量统计</span>');</script></div>
</body>
</html>
