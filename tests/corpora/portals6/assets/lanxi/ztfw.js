/* 主题服务：事项数组由页面内联脚本给出（window.ZTFW_ITEMS），本脚本分页绘制 */
(function () {
  var items = window.ZTFW_ITEMS || [];
  var size = 2, page = 1;
  var box = document.getElementById('ztList');
  var info = document.getElementById('ztPage');

  function draw() {
    var html = '', start = (page - 1) * size;
    for (var i = start; i < Math.min(start + size, items.length); i++) {
      html += '<tr><td>' + (i + 1) + '</td><td><a href="' + items[i].url + '">' + items[i].name +
        '</a></td><td>' + items[i].dept + '</td></tr>';
    }
    box.innerHTML = html;
    info.innerHTML = '第' + page + '页/共' + Math.ceil(items.length / size) + '页';
  }

  document.getElementById('ztNext').onclick = function () {
    if (page * size < items.length) { page++; draw(); }
  };
  document.getElementById('ztPrev').onclick = function () {
    if (page > 1) { page--; draw(); }
  };
  draw();
})();
