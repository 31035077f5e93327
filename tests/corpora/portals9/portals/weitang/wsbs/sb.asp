<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>网上申报</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript">
function openWin(url){window.open(url,'','width=780,height=560,scrollbars=yes,resizable=yes');}
</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80" bgcolor="#2A5CAA" align="center"><font color="#FFFFFF" size="5"><b>苇塘县人民政府　网上办事大厅</b></font></td></tr>
<tr><td height="26" bgcolor="#D6E3F5" align="center"><font size="2">
<a href="/">首页</a> | <a href="/bsdt/grbs.asp?page=1">个人办事</a> | <a href="/bsdt/frbs.asp?page=1">法人办事</a> | <a href="/">网上申报</a> | <a href="/">邮寄申请须知</a> | <a href="/">办件查询</a>
</font></td></tr>
</table>
<p align="center"><font size="2">请先登录澜沧省政务服务网。</font><table width="760" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center" bgcolor="#D6E3F5"><font size="2" color="#555555">版权所有：苇塘县人民政府办公室　地址：苇塘县城关镇人民路1号<br>
建议使用IE8.0以上浏览器，1024*768分辨率浏览</font></td></tr>
</table>
</body>
</html>
