/* Portal front end: every page is an empty shell; this script fetches JSON and builds the DOM. */
(function () {
  'use strict';
  var portal = window.__PORTAL__;
  var app = document.getElementById('app');

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function param(name) { return new URLSearchParams(window.location.search).get(name); }
  function getJson(url, options) { return fetch(url, options).then(function (r) { return r.json(); }); }

  function frame(title) {
    document.title = title + ' - ' + portal.siteTitle;
    var header = el('div', {'class': 'app-header'});
    header.appendChild(el('h1', {}, portal.siteTitle));
    var nav = el('span', {'class': 'app-nav'});
    portal.nav.forEach(function (link) { nav.appendChild(el('a', {href: link.href}, link.text)); });
    header.appendChild(nav);
    if (portal.searchPath) {
      var search = el('form', {'class': 'app-search', action: portal.searchPath, method: 'get'});
      search.appendChild(el('input', {type: 'text', name: 'q', 'aria-label': '搜索事项', placeholder: '搜索事项'}));
      search.appendChild(el('button', {type: 'submit'}, '搜索'));
      header.appendChild(search);
    }
    var main = el('div', {'class': 'app-main'});
    var footer = el('div', {'class': 'app-footer'}, portal.footer);
    (portal.serviceLinks || []).forEach(function (link) {
      footer.appendChild(document.createTextNode(' | '));
      footer.appendChild(el('a', {href: link.href, style: 'color:inherit'}, link.text));
    });
    app.appendChild(header); app.appendChild(main); app.appendChild(footer);
    return main;
  }

  function table(headers, rows, cls) {
    var t = el('table', {'class': cls || 'grid'});
    var head = el('tr');
    headers.forEach(function (h) { head.appendChild(el('th', {}, h)); });
    t.appendChild(head);
    rows.forEach(function (cells) {
      var tr = el('tr');
      cells.forEach(function (c) { tr.appendChild(el('td', {}, c)); });
      t.appendChild(tr);
    });
    return t;
  }

  function renderHome() {
    var main = frame('首页');
    getJson('/api/portal/home').then(function (res) {
      main.appendChild(el('h2', {}, '办事服务'));
      var p = el('p');
      p.appendChild(el('a', {'class': 'btn', href: '/app/list.html?page=1'}, '办事指南'));
      main.appendChild(p);
      main.appendChild(el('h2', {}, '政务公开'));
      var ul = el('ul');
      res.data.news.forEach(function (n) {
        var li = el('li');
        li.appendChild(el('a', {href: n.path}, n.title));
        li.appendChild(el('span', {}, ' ' + n.date));
        ul.appendChild(li);
      });
      main.appendChild(ul);
    });
  }

  function renderList() {
    var main = frame('办事指南');
    var page = parseInt(param('page') || '1', 10);
    getJson('/api/task/list', {method: 'POST', headers: {'Content-Type': 'application/json'},
                               body: JSON.stringify({pageNo: page, pageSize: portal.pageSize})}).then(function (res) {
      var info = res.data.PAGEINFO;
      var ul = el('ul', {'class': 'task-list'});
      res.data.list.forEach(function (task) {
        var li = el('li');
        li.appendChild(el('a', {href: '/app/guide.html?code=' + encodeURIComponent(task.TASK_CODE)}, task.TASK_NAME));
        li.appendChild(el('span', {'class': 'dept'}, ' ' + task.DEPT_NAME));
        ul.appendChild(li);
      });
      main.appendChild(ul);
      var pages = Math.max(1, Math.ceil(info.total / info.pageSize));
      var pager = el('div', {'class': 'pager'});
      if (page > 1) { pager.appendChild(el('a', {href: '/app/list.html?page=' + (page - 1)}, '上一页')); }
      for (var n = 1; n <= pages; n++) { pager.appendChild(el('a', {href: '/app/list.html?page=' + n}, n)); }
      if (page < pages) { pager.appendChild(el('a', {href: '/app/list.html?page=' + (page + 1)}, '下一页')); }
      main.appendChild(pager);
    });
  }

  function shown(task, key) {
    var value = Object.prototype.hasOwnProperty.call(task, key + '_TEXT') ? task[key + '_TEXT'] : task[key];
    return value === null || value === undefined || value === '' ? null : value;
  }

  function renderGuide() {
    getJson('/api/task/detail?code=' + encodeURIComponent(param('code') || '')).then(function (res) {
      var task = res.data;
      if (!task) { frame('提示').appendChild(el('p', {}, res.msg)); return; }
      var main = frame(task.TASK_NAME);
      main.appendChild(el('h2', {'class': 'task-name'}, task.TASK_NAME));
      task.NOTICES.forEach(function (notice) {
        var box = el('div', {'class': 'notice'}, notice.TEXT);
        if (notice.QR) { box.appendChild(el('img', {src: '/static/qr.png', alt: '扫码', width: '96', height: '96'})); }
        main.appendChild(box);
      });
      if (task.TRANSACT_WEB_URL) {
        var p = el('p');
        p.appendChild(el('a', {'class': 'btn', href: task.TRANSACT_WEB_URL}, portal.entryLabel));
        main.appendChild(p);
      }
      var rows = [];
      portal.fields.forEach(function (field) {
        var value = shown(task, field[0]);
        if (value !== null) { rows.push([field[1], value]); }
      });
      var info = el('table', {'class': 'field-table'});
      rows.forEach(function (row) {
        var tr = el('tr');
        tr.appendChild(el('th', {}, row[0]));
        tr.appendChild(el('td', {}, row[1]));
        info.appendChild(tr);
      });
      main.appendChild(info);
      main.appendChild(el('h3', {}, portal.materialsLabel));
      main.appendChild(table(portal.materialHeaders, task.AUDIT_MATERIAL.map(function (m, i) {
        return [i + 1, m.MATERIAL_NAME, m.MATERIAL_TYPE_TEXT, m.ZZHDZB, m.PAGE_NUM, m.SOURCE_TYPE_TEXT, m.FREE_EXPLAIN];
      })));
      main.appendChild(el('h3', {}, portal.locationsLabel));
      main.appendChild(table(['名称', '地址', '办公时间', '电话'], task.AUDIT_CATALOG_LOBBY.map(function (l) {
        return [l.NAME, l.ADDRESS, l.TIME, l.TEL];
      })));
    });
  }

  var path = window.location.pathname;
  if (path === '/app/list.html') { renderList(); }
  else if (path === '/app/guide.html') { renderGuide(); }
  else { renderHome(); }
}());
