<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>办事指南 - 锦水市网上行政审批服务大厅</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 6.00.2900.5921" name=GENERATOR>
<LINK href="../Css/Style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<FORM id=aspnetForm name=aspnetForm action="ItemList.aspx" method=post>
<DIV>
<INPUT id=__EVENTTARGET type=hidden name=__EVENTTARGET>
<INPUT id=__EVENTARGUMENT type=hidden name=__EVENTARGUMENT>
<INPUT id=__VIEWSTATE type=hidden value="/wEPDwUKLCh1UoGNePzv8JAyBIzuwxg9dL2BfgK9kYg76dstsBpIV8OZvvqVPSmCUO4XbW9vIsmnx4uw4zQiJ/6d/xQL99symyV7o72j40KJu7B6ttfuXj73/Ttkz7zc8BySIIWQ2p+9NpippeutzSne/hVQeUelbazUZhhSE8Lhuntrm2OkDydLmgD0T9WlMtKTSunUFke9pPTPUdNeJfSZl2ExugBAbyZf/480znWRM7bM44jPUmhw2vqXYmdz422RBWYr1AXyY/61Tqa/n0OFg64P++WrUOoX0wCuKoxJIVG6sOoUE1P5KM48griqhTGJnUbpLW9Lf4qLnPU5+5m8onN9M/1wwovpUTrqYk1Fmx7+4hoOc5gouqchuz5KAgTz7FgyN5Lj2RwDjr7wYdJiaLmr3PgqIXS1J3BZcqryOr35552hZ9LsxXY04ZoSSZwE2rZIdaHcItnC5KyVCZc8NwKBOkD9bU31N4ub1B8l7sZ0oxerJIPuWQrFNLtLmBZfzBTQcryUBxSETqlbeQKQqpt/mCs8LdKCkI2PduQ7O+rgPyxN782c6icu5Ix0/e+j3ovZmimBMdCHvIXagKYzRtE2Zka+F6y8Nop+y6IKwl/9/qg1G8K/Yb404yXbpSQQ1tJoO3R6Om0fcb+XASRdrHMIa0CO6Eeg6DUpwYCtUCVSXdNNBggNj85jl4vQMiTtER7OUBktOf3x4bgv+8hukvGmzzEpbdXDaWZ9zR4vJy5XR0GUcoN+g25BKtUePtbMTEtjknkYmHQB7Y0LHsV5j82XzK2aBvwIBH1yDAZ3dhuP6zLSVQs4hnGu9Cwnuu+nd2IKl8Xp5NcI2wbQjxU9Tw0ZocKOru856d0FQs7bVSZMOvKpWRnfpybBRHpRFHBabjWRj9ZnWW+5DJEcVQufTPxOy+dK4GahXl2DcrPlGOz97lcBYNf428JqhG41hhCoK/9L" name=__VIEWSTATE>
</DIV>
<SCRIPT type=text/javascript>
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</SCRIPT>
<SCRIPT src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=633802945995006876" type=text/javascript></SCRIPT>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD><IMG height=110 src="/Images/top_banner.gif" width=980 alt=锦水市网上行政审批服务大厅></TD></TR>
<TR><TD class=menu background=/Images/menu_bg.gif height=34>
<A href="/Default.aspx">首　页</A> | <A href="/ZWFW/ItemList.aspx">办事指南</A> | <A href="/ZWFW/Notice.aspx">通知公告</A> | <A href="/WSSB/Apply.aspx">网上申报</A> | <A href="/ZWFW/Query.aspx">办件查询</A>
</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD height=30>&nbsp;当前位置：<A href="/Default.aspx">首页</A> &gt;&gt; 办事指南</TD></TR>
<TR><TD>事项名称：<INPUT id=ctl00_ContentPlaceHolder1_txtName name=ctl00$ContentPlaceHolder1$txtName>
<INPUT id=ctl00_ContentPlaceHolder1_btnSearch type=submit value=查询 name=ctl00$ContentPlaceHolder1$btnSearch></TD></TR>
</TABLE>
<TABLE class=GridView id=GridView1 style="WIDTH: 980px; BORDER-COLLAPSE: collapse" cellSpacing=0 rules=all align=center border=1>
<TR class=GridHeader><TH scope=col>序号</TH><TH scope=col>事项名称</TH><TH scope=col>实施机构</TH><TH scope=col>办件类型</TH><TH scope=col>操作</TH></TR>
<TR class=GridRow><TD align=center>１</TD><TD><A href="ItemDetail.aspx?ItemID=1001" target=_blank>建设项目用地预审与选址意见书核发（设区的市级权限）</A></TD><TD>锦水市行政审批局</TD><TD align=center>承诺件</TD><TD align=center><A href="ItemDetail.aspx?ItemID=1001">查看</A></TD></TR>
<TR class=GridAltRow><TD align=center>２</TD><TD><A href="ItemDetail.aspx?ItemID=1002" target=_blank>砍伐城市树木、迁移古树名木审批（设区的市级权限）</A></TD><TD>锦水市行政审批局</TD><TD align=center>承诺件</TD><TD align=center><A href="ItemDetail.aspx?ItemID=1002">查看</A></TD></TR>
<TR class=GridRow><TD align=center>３</TD><TD><A href="ItemDetail.aspx?ItemID=1003" target=_blank>公众聚集场所投入使用、营业前消防安全检查</A></TD><TD>锦水市消防救援支队</TD><TD align=center>承诺件</TD><TD align=center><A href="ItemDetail.aspx?ItemID=1003">查看</A></TD></TR>
<TR class=GridAltRow><TD align=center>４</TD><TD><A href="ItemDetail.aspx?ItemID=1004" target=_blank>结合民用建筑修建防空地下室审批</A></TD><TD>锦水市行政审批局</TD><TD align=center>承诺件</TD><TD align=center><A href="ItemDetail.aspx?ItemID=1004">查看</A></TD></TR>
<TR class=GridRow><TD align=center>５</TD><TD><A href="ItemDetail.aspx?ItemID=1005" target=_blank>河道管理范围内建设项目工程建设方案审批</A></TD><TD>锦水市行政审批局</TD><TD align=center>承诺件</TD><TD align=center><A href="ItemDetail.aspx?ItemID=1005">查看</A></TD></TR>
<TR class=GridAltRow><TD align=center>６</TD><TD><A href="ItemDetail.aspx?ItemID=1006" target=_blank>旅行社业务经营许可（国内旅游和入境旅游业务）</A></TD><TD>锦水市行政审批局</TD><TD align=center>承诺件</TD><TD align=center><A href="ItemDetail.aspx?ItemID=1006">查看</A></TD></TR>
<TR class=GridRow><TD align=center>７</TD><TD><A href="ItemDetail.aspx?ItemID=1007" target=_blank>放射工作人员证核发</A></TD><TD>锦水市卫生健康委员会</TD><TD align=center>承诺件</TD><TD align=center><A href="ItemDetail.aspx?ItemID=1007">查看</A></TD></TR>
<TR class=GridAltRow><TD align=center>８</TD><TD><A href="ItemDetail.aspx?ItemID=1008" target=_blank>民办职业培训学校设立、分立、合并、变更及终止审批</A></TD><TD>锦水市行政审批局</TD><TD align=center>承诺件</TD><TD align=center><A href="ItemDetail.aspx?ItemID=1008">查看</A></TD></TR>
<TR class=GridPager><TD colSpan=5><TABLE border=0><TR><TD><SPAN>1</SPAN></TD><TD><A href="javascript:__doPostBack('GridView1','Page$2')">2</A></TD><TD><A href="javascript:__doPostBack('GridView1','Page$3')">3</A></TD></TR></TABLE></TD></TR>
</TABLE>
<DIV class=pager-fallback align=center>共２０条　第１/３页　<A href="ItemList.aspx?page=2">下一页</A>　<A href="ItemList.aspx?page=3">尾页</A></DIV>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=footer>
<TR><TD align=center height=80><FONT color=#666666>
主办单位：锦水市行政审批局　地址：锦水市滏阳区人民路１１８号　联系电话：0317-2156000<BR>
冀ICP备05001234号　建议使用IE8.0，1024*768以上分辨率浏览
</FONT></TD></TR>
</TABLE>
<DIV>
<INPUT id=__VIEWSTATEGENERATOR type=hidden value=CA0B0334 name=__VIEWSTATEGENERATOR>
<INPUT id=__EVENTVALIDATION type=hidden value="/wEPDwUKyxdTnhyMhq5V+84LGGM6fkPhTdFNezxV4KsF1kcpSE+2agdOoXGrkN5RVMR6sfAtuswgVaZy7m9Qd1b06BbaQirRku4jo9tdJf5GXXaWS6noSnBPFbRjXtxqgwqhtzbM" name=__EVENTVALIDATION>
</DIV>
</FORM>
</BODY></HTML>
