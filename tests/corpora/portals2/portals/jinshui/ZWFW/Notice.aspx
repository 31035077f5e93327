<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>通知公告 - 锦水市网上行政审批服务大厅</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 6.00.2900.5921" name=GENERATOR>
<LINK href="../Css/Style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<FORM id=aspnetForm name=aspnetForm action="Notice.aspx" method=post>
<DIV>
<INPUT id=__EVENTTARGET type=hidden name=__EVENTTARGET>
<INPUT id=__EVENTARGUMENT type=hidden name=__EVENTARGUMENT>
<INPUT id=__VIEWSTATE type=hidden value="/wEPDwUKc8AjXmN/eenT5V5D9NbTPxfUc3l1UB7BXOSStryqR0V8JDS3Zbidn0q1yRu70IlZg3PO44q4u1BlKBhGR0HV/QypXXrR05Q45uWa+lrewaYOxj2bTbychA3lFJi4wGBh3URjBktIBTKvsmwxvuNMX0/f11nCCCvXfP6znnob0fUJHMqvfLTlZX7DTU43xy2/OiSJrIfqM4KEOhAWm96IUzc64Hg20lODNazXkCIhiO1e+x6ti3wAwTpC0CzrBeAvVylMwBBbAdUN+Ej2tr4FMBWhL2Dq83ppC0yJ617LSayC9ZsLweToihfC4ggYzeDvUeLrWXDxJTLKrtlTC1vSeNglAtQhr9P9XM49D5jh36UwzWpSU+g3v2Dx1pkmPWWRBqhzEALAR58Dg46j2KKejjru6Gn+QxyJkVjLWbS4nIBjUrUVq8Oz9K3xnZKg3fzvSbNHymkF234gdrgwwaBbFHXybIbf9+KjEQxVtMOE71vf3N1LWuIsyKzomSux6B65MzhqpysIqeeNcl/wqTguppGdwHy/uhKGJXtWzrKonSpCRH/jeXIdW8qe3jRUVtRakRx6+UdI50/A7mMFVTT5y1HFz2Gk+IFS5Da7lSM2KV9oeaKO2R23dvFoLTfabtSU3oyeXPzMb5nACd1JYq1WbbWerKq3lt6dPQVacI/x7TRO5ne21StaGUZd54ppgxIB7aA0llkfpnlbKAO/o1D5ChRw4a7db0bXZIoZNPHXwpobycbJkl/sS1tT75moOgRbhUVELtQXJbId6d1tRrpReQNb83ZF0cLyhmzG7asDsIxiYCWqOWmdLHj7MHTFAKDs3J1cb17SW5gPfMTI8FArMblrb43XN7C7ylvKPgT+TKEI5PV01Ro+odfy+5eTb+gefZ77M5KDO/gRAYlOjRbcZnqSYUXmVc6uD9+XER4TIPMTN/LH3QbZc7E674jL8Z4D" name=__VIEWSTATE>
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
<TABLE cellSpacing=0 cellPadding=8 width=980 align=center border=0><TR><TD>关于启用新版网上申报系统的通知</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=footer>
<TR><TD align=center height=80><FONT color=#666666>
主办单位：锦水市行政审批局　地址：锦水市滏阳区人民路１１８号　联系电话：0317-2156000<BR>
冀ICP备05001234号　建议使用IE8.0，1024*768以上分辨率浏览
</FONT></TD></TR>
</TABLE>
<DIV>
<INPUT id=__VIEWSTATEGENERATOR type=hidden value=CA0B0334 name=__VIEWSTATEGENERATOR>
<INPUT id=__EVENTVALIDATION type=hidden value="/wEPDwUKT7J5scsdj0S07VNME03xoA0Ur/4tYZ/g4Q12pbQLA/+6+1+KOi16QfVXzKp9ZUDJgvVBT7rPz0fasq12jU6ak37qcl2fCi+pZ3BjBa6OyQ7xzYBJetZqajgUjX8RhcNk" name=__EVENTVALIDATION>
</DIV>
</FORM>
</BODY></HTML>
