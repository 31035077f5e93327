/* 事项列表：由接口加载 */
function loadItems(page) {
  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/items?page=' + page, true);
  xhr.onreadystatechange = function () {
    if (xhr.readyState !== 4 || xhr.status !== 200) { return; }
    var res = JSON.parse(xhr.responseText);
    if (res.code !== 200) { document.getElementById('sxList').innerHTML = '<p>' + res.msg + '</p>'; return; }
    var html = '<ul class="sx">';
    res.data.list.forEach(function (it) {
      html += '<li><a href="' + it.guideUrl + '" target="_blank">' + it.taskName + '</a><span>' + it.deptName + '</span></li>';
    });
    document.getElementById('sxList').innerHTML = html + '</ul>';
    var pager = '';
    for (var i = 1; i <= res.data.pages; i++) {
      pager += i === res.data.pageNo ? '<span>' + i + '</span>' : '<a href="javascript:loadItems(' + i + ')">' + i + '</a>';
    }
    document.getElementById('sxPager').innerHTML = pager;
  };
  xhr.send();
}
function searchItems() { alert('搜索服务升级中'); }
