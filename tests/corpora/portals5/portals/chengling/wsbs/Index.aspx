<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	网上办事大厅-澄岭市
</title><link href="/App_Themes/Default/site.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="form1" method="post" action="./Index.aspx" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="hlBxrkGr0RjeBDF6fQ5dLzmWbtzb9Ixk2nRot9U6FZu3n58yEaBmLf9AWHpyuddiIvrVI+Wi7ktThSwFfHt7P3htO6UhaM07G8Cf1jpCu8PzjVUxkVkPJBBTmRQtKBSjiiHES/7L7uDaJOXt6VVB9j+5AncT/YRk7rqf4kgyh02xHEsH5bJAeDrcLMYFBbNn49fC15AJZGxVOW3lfCG6BN13KyGfq437yjlphh56U+6W8tzYjUJi4zMEbzXHvRBvRs7vsFLRN7bFnGvZp28mpXP6uFKLQcJeDBf1gTfTFM7QD34JBgstuWfKMFFU4qvWgDWm3A8FBrAoVmT8JCPcp2HFVODhRZ0PkjPeez6RTrsHwuDTmohUMphQ008bK4ZFpDqX2p00CJ2ZpSe2iTzSRklxntEwk+HDAC2/LxIde5O8k/iCjKi0xBKr05G5plRyHOQB1TzitT5P/QvcKD3Ukytv0Y5B4TrgRKOUNPhercGrEWulwT5ZB15yvEL8uEX9NY+N+TJm1YCd3GfhUqjY9Uz0xJUzp87maSaq050Fy1pX61u6" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="66C2EC18" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="VLZp+D98gUoaVUUQZ+rDe2SHmMiJJOGMBhS7Q+0eAIBYICV6h7eMbNJLNycgJriqo5+DiElan+Snk27phRc4Rxh+eSDV42JD2VuMoVxx8NmptbABlh3WKgNEcg78qhxJ" />
</div>
<div id="head"><div class="inner"><h1>澄岭市政务服务网</h1>
<div class="login"><a href="/User/Login.aspx">登录</a><a href="/User/Register.aspx">注册</a></div></div></div>
<div id="menu"><div class="inner"><a href="/Default.aspx">首页</a><a href="/bszn/list.aspx">办事指南</a><a href="/wsbs/Index.aspx">网上办事大厅</a><a href="/Default.aspx#notice">通知公告</a></div></div>
<div id="content">
<h2>网上办事大厅</h2>
<p>请先<a href="/User/Login.aspx">登录</a>。法人用户请使用数字证书登录。</p>
</div>
<div id="foot"><div class="inner">澄岭市人民政府主办　澄岭市政务服务管理办公室维护　地址：澄岭市行政中心东楼　电话：0947-12345<br />Copyright © 澄岭市政务服务管理办公室</div></div>
</form>
</body>
</html>
