/* 个人办事：事项列表由接口分页加载 */
(function () {
  var rows = 4;
  var box = document.getElementById('sxList');
  var pager = document.getElementById('pager');

  function draw(data, page) {
    var html = '';
    for (var i = 0; i < data.rows.length; i++) {
      var r = data.rows[i];
      html += '<li><a href="' + r.linkUrl + '" title="' + r.sxmc + '">' + r.sxmc + '</a>' +
        '<span class="dept">' + r.deptName + '</span></li>';
    }
    box.innerHTML = html;
    var pages = Math.ceil(data.total / rows), p = '';
    for (var n = 1; n <= pages; n++) {
      p += n === page ? '<span class="cur">' + n + '</span>' :
        '<a href="javascript:void(0)" onclick="grbsLoad(' + n + ')">' + n + '</a>';
    }
    pager.innerHTML = '共' + data.total + '条 ' + p;
  }

  window.grbsLoad = function (page) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/api/sxList?type=gr&page=' + page + '&rows=' + rows, true);
    xhr.onreadystatechange = function () {
      if (xhr.readyState === 4 && xhr.status === 200) {
        draw(JSON.parse(xhr.responseText), page);
      }
    };
    xhr.send();
  };
  grbsLoad(1);
})();
