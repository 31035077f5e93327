<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>首页 - 锦水市网上行政审批服务大厅</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 6.00.2900.5921" name=GENERATOR>
<LINK href="Css/Style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<FORM id=aspnetForm name=aspnetForm action="Default.aspx" method=post>
<DIV>
<INPUT id=__EVENTTARGET type=hidden name=__EVENTTARGET>
<INPUT id=__EVENTARGUMENT type=hidden name=__EVENTARGUMENT>
<INPUT id=__VIEWSTATE type=hidden value="/wEPDwUKyL+smXCltZZoAEZpZyICkm66kO9qLJv0l1zbZHaQcQRT3jwotkffQtQ5hTGCIWLOXYD806ogrTeRXWM3nEZ89NPAeS/H4lqQ/+O7mlZ2VGUAFLwyCsTwZdTyjoAtKCj9Jj2RM4+74KifczN0l92sFUETKEDmFRuwKlQlayBgbJid/RisEIVAya5IuI1Zj1tgUOTSXZhNztVR1FEdgz2gefvjbL30Ywb6nPN7b+zvvk8Fb9/GE3oOd9KZ11/e4SE43gzCuuQTfB1X+SqrX7KzXWZoHWGi2G+wV+c6EbZykIrAfJ6yRpeP7tZq8EPaA1/q9/hfkxUQHHKZFjJ+WepDE44Z/1ctpEUlyX26tlfajU8kw7BVBT0PKvFMLbVjAYhtPdd1AijCkUcUiThrQKvYMWr3v7cFhXsgeK02mcDnkUgGvZz9ap9w8FeU+KWKBKKAQBU9etUSmUZylhfswRTckleyKjJqAECMgr/MNIiW3P2/xP1ord+YBHMNfWfirfbaOq+Ehod95jgqUHEp6GFxkhaHJDQghr9h+wCkYUb3A8EGwzr8aysNX7hAb23hE5u4HzoMmvg9AjyxAZIIN8roQHcCVXk42mROCoVjp90W0LfSDkMGQj3H/ObBsyS3T9XYpRXy/qL0QNAhEXjFuqPbQVo5+JGjfbcgIN8nv/CxmLzCg5P1SiDMu1szI8uGndzsMcLG0doMObEG1MpKEpntgI4KQALoMGoWkwVqMcknsjvjp6io7wiPNj5mukplizOct3eA0QFhBeiUgaOKlCyvrzwbAKHppvTwdSjmS2BNorUkMxQiCIiinrJu/9fmP1d4WAlqaBjakg/3VsgKSBIX46S2FtDoKn6iJwQ4GQi1sqK39L/0HUPHzDgpdkExMGVnSwLPIVpgXFeNdgNRmAo49MXwtMEOqpif3vgH1D8vXcPS+zY4L5KDDUvQ4pZXaIkH" name=__VIEWSTATE>
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
<TR><TD><MARQUEE scrollAmount=2 direction=left>关于启用新版网上申报系统的通知：自２０２４年１月１日起，网上申报统一通过本大厅办理。</MARQUEE></TD></TR>
<TR><TD vAlign=top width=490>
<TABLE cellSpacing=0 cellPadding=4 width="100%" border=0><TR><TD class=boxTitle><B>最新事项</B>　<A href="ZWFW/ItemList.aspx">更多&gt;&gt;</A></TD></TR>
<TR><TD>·<A href="ZWFW/ItemDetail.aspx?ItemID=1016" target=_blank>建筑起重机械使用登记</A></TD></TR><TR><TD>·<A href="ZWFW/ItemDetail.aspx?ItemID=1017" target=_blank>房地产开发企业二级资质核定</A></TD></TR><TR><TD>·<A href="ZWFW/ItemDetail.aspx?ItemID=1018" target=_blank>巡游出租汽车经营许可</A></TD></TR><TR><TD>·<A href="ZWFW/ItemDetail.aspx?ItemID=1019" target=_blank>危险货物道路运输经营许可</A></TD></TR><TR><TD>·<A href="ZWFW/ItemDetail.aspx?ItemID=1020" target=_blank>基本医疗保险参保人员医疗费用手工（零星）报销</A></TD></TR>
</TABLE></TD></TR>
<TR><TD><A href="ZWFW/ItemList.aspx"><IMG src="/Images/bszn.gif" border=0 alt=办事指南></A>　<A href="WSSB/Apply.aspx"><IMG src="/Images/wssb.gif" border=0 alt=网上申报></A></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=footer>
<TR><TD align=center height=80><FONT color=#666666>
主办单位：锦水市行政审批局　地址：锦水市滏阳区人民路１１８号　联系电话：0317-2156000<BR>
冀ICP备05001234号　建议使用IE8.0，1024*768以上分辨率浏览
</FONT></TD></TR>
</TABLE>
<DIV>
<INPUT id=__VIEWSTATEGENERATOR type=hidden value=CA0B0334 name=__VIEWSTATEGENERATOR>
<INPUT id=__EVENTVALIDATION type=hidden value="/wEPDwUK5QRL+aWvGNbPmBVNFpDBTtz+KeEQ1f6CSVQTjfx4konvfNFzg2TusjjWxJWzWM1oVCs7MHBgfrI9/pWvprRhk2pdjkPbOIN53Dz4RP5PeJzP04x9e3orTXkfRVm3fWUU" name=__EVENTVALIDATION>
</DIV>
</FORM>
</BODY></HTML>
