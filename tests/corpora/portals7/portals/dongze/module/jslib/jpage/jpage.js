/* Column pager of the 东泽区 site: shows the records of the inline <datastore>, and asks the
   data proxy (POST) for the next group when the reader pages past what the page holds. */
(function () {
  function records(xml) {
    var out = [], re = /<record><!\[CDATA\[([\s\S]*?)\]\]><\/record>/g, m;
    while ((m = re.exec(xml)) !== null) { out.push(m[1]); }
    return out;
  }

  function post(url, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', url, true);
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.onreadystatechange = function () {
      if (xhr.readyState === 4 && xhr.status === 200) { done(xhr.responseText); }
    };
    xhr.send(body);
  }

  window.jpageInit = function (cfg) {
    var box = document.getElementById(cfg.container);
    var store = box.querySelector('script[type="text/xml"]');
    var cache = records(store ? store.textContent : '');
    var list = document.createElement('ul');
    list.className = 'jpage-list';
    box.appendChild(list);
    var pager = document.getElementById(cfg.pager);
    var pages = Math.ceil(cfg.totalRecord / cfg.perPage);
    var current = 1;

    function draw() {
      var from = (current - 1) * cfg.perPage;
      list.innerHTML = cache.slice(from, from + cfg.perPage).join('');
      var html = '<span>共' + cfg.totalRecord + '条　第' + current + '/' + pages + '页</span>';
      html += ' <a href="javascript:;" data-go="1">首页</a>';
      html += ' <a href="javascript:;" data-go="' + Math.max(1, current - 1) + '">上一页</a>';
      html += ' <a href="javascript:;" data-go="' + Math.min(pages, current + 1) + '">下一页</a>';
      html += ' <a href="javascript:;" data-go="' + pages + '">尾页</a>';
      pager.innerHTML = html;
    }

    function go(page) {
      current = page;
      var need = current * cfg.perPage;
      if (cache.length >= Math.min(need, cfg.totalRecord)) { draw(); return; }
      var start = cache.length + 1, end = cache.length + cfg.perPage;
      var query = '?startrecord=' + start + '&endrecord=' + end + '&perpage=' + cfg.perPage;
      var body = 'col=1&appid=1&webid=' + cfg.webid + '&path=%2F&columnid=' + cfg.columnid +
        '&sourceContentType=1&unitid=' + cfg.unitid + '&webname=' + encodeURIComponent(cfg.webname) +
        '&permissiontype=0';
      post(cfg.proxyUrl + query, body, function (xml) {
        cache = cache.concat(records(xml));
        draw();
      });
    }

    pager.addEventListener('click', function (event) {
      var target = event.target;
      if (target && target.getAttribute('data-go')) { go(parseInt(target.getAttribute('data-go'), 10)); }
    });
    draw();
  };
})();
