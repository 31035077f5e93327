function addfavorite() {
  try { window.external.addFavorite(window.location.href, document.title); }
  catch (e) { alert("加入收藏失败，请使用Ctrl+D进行添加"); }
}
function sethome(obj) {
  try { obj.style.behavior = "url(#default#homepage)"; obj.setHomePage(window.location.href); }
  catch (e) { alert("此操作被浏览器拒绝！"); }
}
function openWza() {
  try { var shell = new ActiveXObject("WScript.Shell"); shell.Run("wza.exe"); }
  catch (e) { alert("该功能只支持IE浏览器，请使用IE浏览器进行访问"); }
}
if (navigator.userAgent.indexOf("MSIE") == -1) { /* 非IE浏览器 */ }
