/* 芦汀市网上办事大厅: the catalogue of the three tabs.
   个人办事: GET /zwdt/rest/sxList?start=&limit=&sxlx=gr (offset paging, drawn on load)
   法人办事: POST /zwdt/rest/frList.action  sxlx=fr&pageIndex=N&pageSize=5 (loaded when the tab is opened)
   公共服务: an iframe (ggfw.html) whose rows call openSx(). */
var GR_LIMIT = 6;
var FR_SIZE = 5;

function showDetail(rowguid, sxlx) {
  window.open('/zwdt/bszn/detail.jsp?rowguid=' + rowguid + '&sxlx=' + sxlx, '_blank');
}

function drawRows(listId, rows, sxlx) {
  var list = document.getElementById(listId);
  var html = '';
  for (var i = 0; i < rows.length; i++) {
    var row = rows[i];
    html += '<li><a href="javascript:void(0);" onclick="showDetail(\'' + row.rowguid + '\',\'' + sxlx + '\')">' +
      row.taskname + '</a><em>' + row.ouname + '</em></li>';
  }
  list.innerHTML = html;
}

function drawPager(pagerId, text, prev, next) {
  var pager = document.getElementById(pagerId);
  var html = '<span>' + text + '</span>';
  if (prev) { html += ' <a href="javascript:void(0);" onclick="' + prev + '">上一页</a>'; }
  if (next) { html += ' <a href="javascript:void(0);" onclick="' + next + '">下一页</a>'; }
  pager.innerHTML = html;
}

function loadGr(start) {
  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/zwdt/rest/sxList?start=' + start + '&limit=' + GR_LIMIT + '&sxlx=gr', true);
  xhr.onreadystatechange = function () {
    if (xhr.readyState !== 4 || xhr.status !== 200) { return; }
    var data = JSON.parse(xhr.responseText);
    var total = parseInt(data.total, 10);
    drawRows('grList', data.rows, 'gr');
    drawPager('grPager', '共 ' + total + ' 条',
      start > 0 ? 'loadGr(' + (start - GR_LIMIT) + ')' : '',
      start + GR_LIMIT < total ? 'loadGr(' + (start + GR_LIMIT) + ')' : '');
  };
  xhr.send(null);
}

function loadFr(pageIndex) {
  var xhr = new XMLHttpRequest();
  xhr.open('POST', '/zwdt/rest/frList.action', true);
  xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
  xhr.onreadystatechange = function () {
    if (xhr.readyState !== 4 || xhr.status !== 200) { return; }
    var custom = JSON.parse(xhr.responseText).custom;
    var pages = Math.ceil(custom.total / FR_SIZE);
    drawRows('frList', custom.list, 'fr');
    drawPager('frPager', '第 ' + pageIndex + '/' + pages + ' 页',
      pageIndex > 1 ? 'loadFr(' + (pageIndex - 1) + ')' : '',
      pageIndex < pages ? 'loadFr(' + (pageIndex + 1) + ')' : '');
  };
  xhr.send('sxlx=fr&pageIndex=' + pageIndex + '&pageSize=' + FR_SIZE);
}

var frLoaded = false;
function switchTab(name) {
  var panes = ['gr', 'fr', 'gg'];
  for (var i = 0; i < panes.length; i++) {
    document.getElementById('pane-' + panes[i]).style.display = panes[i] === name ? 'block' : 'none';
    document.getElementById('tab-' + panes[i]).className = panes[i] === name ? 'on' : '';
  }
  if (name === 'fr' && !frLoaded) { frLoaded = true; loadFr(1); }
}

document.addEventListener('DOMContentLoaded', function () { loadGr(0); });
