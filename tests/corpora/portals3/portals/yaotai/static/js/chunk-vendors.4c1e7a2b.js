/* chunk-vendors: tiny http + hash router (the app's only dependencies) */
(function (w) {
  'use strict';
  function get(url) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('GET', url, true);
      xhr.setRequestHeader('Accept', 'application/json, text/plain, */*');
      xhr.onreadystatechange = function () {
        if (xhr.readyState !== 4) { return; }
        if (xhr.status >= 200 && xhr.status < 300) {
          try { resolve(JSON.parse(xhr.responseText)); } catch (e) { reject(e); }
        } else {
          reject(new Error('Request failed with status code ' + xhr.status));
        }
      };
      xhr.send(null);
    });
  }
  function parseHash() {
    var raw = (w.location.hash || '#/').replace(/^#/, '') || '/';
    var qAt = raw.indexOf('?');
    var path = qAt < 0 ? raw : raw.slice(0, qAt);
    var query = {};
    if (qAt >= 0) {
      raw.slice(qAt + 1).split('&').forEach(function (pair) {
        if (!pair) { return; }
        var kv = pair.split('=');
        query[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || '');
      });
    }
    return { path: path, query: query };
  }
  function createRouter(routes, fallback) {
    function resolve() {
      var route = parseHash();
      for (var i = 0; i < routes.length; i++) {
        var m = routes[i].pattern.exec(route.path);
        if (m) { routes[i].view(m, route.query); return; }
      }
      fallback(route);
    }
    w.addEventListener('hashchange', resolve);
    return { start: resolve, push: function (hash) { w.location.hash = hash; } };
  }
  w.ytHttp = { get: get };
  w.ytRouter = { create: createRouter };
})(window);
