<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>办件查询 - 锦水市网上行政审批服务大厅</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<META content="MSHTML 6.00.2900.5921" name=GENERATOR>
<LINK href="../Css/Style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<FORM id=aspnetForm name=aspnetForm action="Query.aspx" method=post>
<DIV>
<INPUT id=__EVENTTARGET type=hidden name=__EVENTTARGET>
<INPUT id=__EVENTARGUMENT type=hidden name=__EVENTARGUMENT>
<INPUT id=__VIEWSTATE type=hidden value="/wEPDwUK20GwffDoAFSUVVpZstnL6MDz0HcAQ/MokZcjn0dbnc1ZruaDs9Ogcunsnm2qcqTKkfscacuTrfGw3NqD5cQXvq0G4obRfde25e/ZgUUI+kwKMZyWZ07JmKkFVuPFOtyf9Bf8uPQA2n8u84189io0fIM7HcHCkirF2AC2UsjVbOPq0OQ3WtNpvo8o1Tc6Z5l7TNqC5ySAs9aqJitnY3Mk6zxFc7ql1gdwgz/CuaU0WtZLKBiiXWrIz+sqC+oSQs35X8zyynATqxRKVyBMg1MtJ26jYhTq2/XkcsSeIo6EKvdA2YkssxgEDHp30ZGBmpUQe5lg/dUQWImRfm5AKnD0qb5vTqfZPWOS73DujXcHOOgabeJMyU3zg33K6QVmx08zVZqxh2lAeIesrpybjSGLUURAZXI2OcqjH4Ca03AB6ZnNFZU3ZBWfE7ZnZZmy3RhyCvkputGbVnOABZeymHOTbm9GaPox69nwlZzdcPCMr1RF8CWp0uKXEMnKrm0H8uc76h/NQLRSYYTqli/J8sKsNEHEHZHbKTC1hCCJdglpapt7I44EuefJ7sdSJJ3xbGy4Ek5c5NNSzrvovPkb4Yr7Kr/AOuJNXFoGBiuK4XhbJg7XZofwfDncGeZ9bWLWYpV/+WNKiV5mjTXh0qpQNR5HgnZXlNaa3X7okkM5XUB9HWbBEZmSPJP3o2Ylkly+D/dOohgH9o/eQ9Z29mMcXpZqP5O6EAxfB/7Iol3X8AKcbTQQELU8EcDgGZTEINt7u05ajb7OhLXR7gkC3qBPw2DBLIBHXijoyagdqBV53jL1eB/elX38MJVdHAFkIKasTdIjOv4/h2WE1fIPYRWjul0rrl1vRTPhsnFOOLmh64Sfe/vgRocGmiwemRWrYelEXV9i2zgtT7+IM/xeMkroj1aC2iksuSaNr1lVpGm2gMtWE277mY+cHtP0NBcQSX9wFUvt" name=__VIEWSTATE>
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
<TABLE cellSpacing=0 cellPadding=8 width=980 align=center border=0><TR><TD>受理编号：<INPUT name=txtSlbh> <INPUT type=submit value=查询></TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=footer>
<TR><TD align=center height=80><FONT color=#666666>
主办单位：锦水市行政审批局　地址：锦水市滏阳区人民路１１８号　联系电话：0317-2156000<BR>
冀ICP备05001234号　建议使用IE8.0，1024*768以上分辨率浏览
</FONT></TD></TR>
</TABLE>
<DIV>
<INPUT id=__VIEWSTATEGENERATOR type=hidden value=CA0B0334 name=__VIEWSTATEGENERATOR>
<INPUT id=__EVENTVALIDATION type=hidden value="/wEPDwUKhwI36xYMoqOhAESg/tHqwGvCAxwMHVwdG5sPERMrpkKEmKHaJnv2lOQTXHF1ceP2E9wD22MnpFlAfrE0y8xKa15XtA6HeYpXcsiE3l483hP/UxL4iCFG67+K0mENEz+b" name=__EVENTVALIDATION>
</DIV>
</FORM>
</BODY></HTML>
