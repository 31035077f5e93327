<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>部门办事_蓼川市政务服务网</title>
<style>
body{margin:0;font:14px/1.75 "Microsoft YaHei";background:#eef3f8;color:#333}
.header{background:#0b4f8a;color:#fff;padding:16px 30px;font-size:24px}.menu{background:#083b68}.menu a{color:#fff;display:inline-block;padding:8px 18px}
.container{width:1120px;margin:10px auto;background:#fff;padding:14px;overflow:hidden}.crumb{font-size:12px;color:#777}
.main{float:left;width:820px}.aside{float:right;width:260px}.guide-title h2{text-align:center;color:#0b4f8a}
.meta{background:#f5f8fb;padding:6px;text-align:center;color:#666}.bt{font-weight:bold;color:#0b4f8a;border-bottom:1px solid #cfe0ef;margin-top:12px}
.mtable{border-collapse:collapse;width:100%}.footer{text-align:center;font-size:12px;color:#666;padding:16px}
</style>
</head>
<body>
<div class="header">蓼川市政务服务网<span class="login"><a href="/wsdt/">登录</a> | <a href="/wsdt/">注册</a></span></div>
<div class="menu"><a href="/">首页</a><a href="/bszn/dept.do">部门办事</a><a href="/bszn/dept.do">个人办事</a><a href="/bszn/dept.do">法人办事</a><a href="/wsdt/">网上办事大厅</a><a href="/hdjl/">咨询投诉</a></div>
<div class="container"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bszn/dept.do">部门办事</a></div>
<div class="main"><h3>按部门办事</h3><ul><li><a href="list.do?deptId=02">蓼川市自然资源和规划局</a></li><li><a href="list.do?deptId=05">蓼川市市场监督管理局</a></li><li><a href="list.do?deptId=07">蓼川市住房和城乡建设局</a></li><li><a href="list.do?deptId=09">蓼川市卫生健康委员会</a></li><li><a href="list.do?deptId=11">蓼川市人力资源和社会保障局</a></li><li><a href="list.do?deptId=13">蓼川市城市管理局</a></li><li><a href="list.do?deptId=15">蓼川市交通运输局</a></li><li><a href="list.do?deptId=17">蓼川市生态环境局</a></li></ul></div>
<div class="aside"><h4>服务导航</h4><ul><li><a href="/wsdt/">在线办理平台</a></li><li><a href="/bszn/dept.do">按部门查找</a></li><li><a href="/hdjl/">我要咨询</a></li><li><a href="/hdjl/">我要评价</a></li></ul></div>
</div>
<div class="footer">主办单位：蓼川市人民政府办公室　承办单位：蓼川市行政审批局　联系电话：0724-2345678<br>鄂ICP备13006789号　网站标识码：4208000012</div>
</body>
</html>
