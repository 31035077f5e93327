function goOnlineApply(url){window.open(url);}
function tipMsg(msg){alert(msg);}
function addFav(){tipMsg('请登录后收藏');}
function downloadSample(el){tipMsg('样表正在更新');}
function toggleElderMode(){document.body.classList.toggle('elder');}
function filterTheme(t){tipMsg('主题筛选：'+t);}
function filterDept(d){tipMsg('部门筛选：'+d);}
function initTabs(){}
var $ = window.$ || function(fn){ if (typeof fn === 'function') { document.addEventListener('DOMContentLoaded', fn); } };
