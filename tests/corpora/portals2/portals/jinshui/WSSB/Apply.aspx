<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>网上申报 - 锦水市网上行政审批服务大厅</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 6.00.2900.5921" name=GENERATOR>
<LINK href="../Css/Style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<FORM id=aspnetForm name=aspnetForm action="Apply.aspx" method=post>
<DIV>
<INPUT id=__EVENTTARGET type=hidden name=__EVENTTARGET>
<INPUT id=__EVENTARGUMENT type=hidden name=__EVENTARGUMENT>
<INPUT id=__VIEWSTATE type=hidden value="/wEPDwUKw7jDQyT+oPQrvUghEppjYn3MyLfBrvo6LMhx3av+TkglnOGnp22EP5l0Xz2lWWglpqf+Vwc/dZwELUw0W1jdT91JMkkLnt1/NcrZeouUxr6pfZdQavzmn6CwRr1xKzZB5ndq6pLk7z9VlkUi9fMcxcKmzwlJ8AetOdTtGM2+RGRZ31AsHBfnnNkUPxZqSG6v+wBvoz5B8ip/dyl0zBhj+E7/++WiFrs9niADej/6DrDMSGghvFhp7u5yWXgjhdJVsOGp8EcKG7QIlg40TrXE708rkmk3MuNff5dPk+vOr5un7cxhOQeVmWbhcTrLa0xRd7ilWzxz359lwhUJnfqMDaaV5nk22vih/bMvr20TeuPPDzGEaBhpLSm75RlGmBC029wOtFOBKlXprn/rWkLaP24c/7tR0oNIP1jeqlpK/60H0YXoDK1r+qReqkYofPxhqtskiXMPEP6nTVqtirf6tPcnn3aE2eeyufEzV7p6OrFf0lAEkvsnB0lJO8eqiJWaNVhNxXgnWQOuAXUbAwAPW2KVSSxddphr98iYnjSiL8W/dqIgEvtNTEDt4VK3HcUsd3BQApauG2pOpk9+lEEyvdzt0ZvouhB4RfVOaotjPSVhKMEJsSio3QyEodtUP3TP/XWJ0QeveRWiINUJVxz9Yq2Csjuaah2uUQtE2pUJfgrEpM/rwPCn8PSN2y0dRsFA+ZvmRyWsGhxx3kZ+Id6pzTw1PirOcMFAkV5fGtCNWR+wwIPTefbXJ4J1JaqLt/nj66+FuVVF8agezKQ2DNanVXt9KwTNgxTBacW9SxSA8qs288o1BL4hcoYFdYrlfP/RNaCFT+Z38P8IrcuKj0m4qEGDuiotTswrqI2ZH7XwxIJbuiQNy9CtbJJoQgPRMfTNovhrAD7fwmS08H+IDf+cF7t3GCOOXfZ6foO9aOJlI2DlPr+T6315XnRocpS/I7xV" name=__VIEWSTATE>
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
<TABLE cellSpacing=0 cellPadding=8 width=980 align=center border=0><TR><TD>请先登录：用户名 <INPUT name=txtUser> 密码 <INPUT type=password name=txtPwd> <INPUT type=submit value=登录 name=btnLogin></TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=footer>
<TR><TD align=center height=80><FONT color=#666666>
主办单位：锦水市行政审批局　地址：锦水市滏阳区人民路１１８号　联系电话：0317-2156000<BR>
冀ICP备05001234号　建议使用IE8.0，1024*768以上分辨率浏览
</FONT></TD></TR>
</TABLE>
<DIV>
<INPUT id=__VIEWSTATEGENERATOR type=hidden value=CA0B0334 name=__VIEWSTATEGENERATOR>
<INPUT id=__EVENTVALIDATION type=hidden value="/wEPDwUK7w/inhq7rZ/reqs7eYpAmvo2+NdU14A3HZFdUHA6dsyNd9os87SqGI8PwlqudagnM4QCGRndSTZbure+YXNtOCnOb2Ek+TRifpBctjGRmSNkuIVdDp5EihtkB2lO7IOK" name=__EVENTVALIDATION>
</DIV>
</FORM>
</BODY></HTML>
