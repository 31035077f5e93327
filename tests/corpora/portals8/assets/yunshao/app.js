/* 云韶市一网通办：事项目录与办事指南详情均由接口取数，在浏览器端绘制 */
(function () {
  var API = "/api/v1";
  var PAGE_SIZE = 6;
  var HANDLE_TYPE = { "1": "窗口办理", "2": "网上办理", "3": "快递申请", "4": "自助终端办理" };
  var WBSD_LEVEL = { "1": "Ⅰ级（办事指南公开）", "2": "Ⅱ级（表格下载）", "3": "Ⅲ级（网上预审）", "4": "Ⅳ级（全程网办）" };
  var MATERIAL_FORMAT = { "1": "纸质", "2": "电子", "3": "纸质/电子" };
  var app = document.getElementById("app");

  function get(url, done) {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.onload = function () {
      var res = JSON.parse(xhr.responseText);
      if (res.code !== "200") { app.innerHTML = "<p class=\"error\">" + esc(res.msg || "系统繁忙") + "</p>"; return; }
      done(res.data);
    };
    xhr.send();
  }

  function esc(s) {
    return String(s == null ? "" : s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function query(name) {
    var m = new RegExp("[?&]" + name + "=([^&]*)").exec(location.search);
    return m ? decodeURIComponent(m[1]) : "";
  }

  /* ---- 事项目录：加载更多 ---- */
  function catalog() {
    var pageNo = 0, loaded = 0;
    app.innerHTML = "<div class=\"banner\"><h2>云韶市政务服务 · 一网通办</h2></div>" +
      "<div class=\"catalog\"><h3>办事指南</h3><ul class=\"task-list\" id=\"taskList\"></ul>" +
      "<div class=\"more-wrap\"><button type=\"button\" class=\"load-more\" id=\"loadMore\">加载更多</button></div></div>";
    var list = document.getElementById("taskList");
    var btn = document.getElementById("loadMore");
    function next() {
      pageNo += 1;
      get(API + "/catalog/page?pageNo=" + pageNo + "&pageSize=" + PAGE_SIZE, function (data) {
        var rows = data.records || [];
        for (var i = 0; i < rows.length; i++) {
          var li = document.createElement("li");
          li.className = "task-item";
          li.innerHTML = "<a href=\"/guide/detail.html?taskId=" + encodeURIComponent(rows[i].taskId) + "\">" +
            esc(rows[i].taskName) + "</a><span class=\"dept\">" + esc(rows[i].deptShortName) + "</span>";
          list.appendChild(li);
        }
        loaded += rows.length;
        if (loaded >= data.total) {
          btn.disabled = true;
          btn.textContent = "没有更多了";
        }
      });
    }
    btn.onclick = function () { if (!btn.disabled) { next(); } };
    next();
  }

  /* ---- 办事指南详情 ---- */
  function table(head, rows) {
    var h = "<tr>" + head.map(function (t) { return "<th>" + t + "</th>"; }).join("") + "</tr>";
    return "<table class=\"grid\">" + h + rows.map(function (r) {
      return "<tr>" + r.map(function (c) { return "<td>" + c + "</td>"; }).join("") + "</tr>";
    }).join("") + "</table>";
  }

  function detail() {
    var taskId = query("taskId");
    get(API + "/task/detail?taskId=" + encodeURIComponent(taskId), function (d) {
      document.title = d.TASK_NAME + " - 云韶市一网通办";
      var html = "<div class=\"crumb\"><a href=\"/\">首页</a> &gt; 办事指南</div>";
      html += "<div class=\"head\"><h2 class=\"task-title\">" + esc(d.TASK_NAME) + "</h2>";
      html += "<p class=\"code-line\">事项编码：" + esc(d.TASK_CODE) + "</p><div class=\"ops\">";
      if (d.TRANSACT_WEB_URL) {
        html += "<a class=\"btn-primary\" href=\"" + esc(d.TRANSACT_WEB_URL) + "\" target=\"_blank\">在线办理</a>";
      }
      html += "<a class=\"btn-default\" href=\"/yuyue/index.html?taskId=" + esc(d.taskId) + "\">预约办理</a></div></div>";
      var info = [["实施主体", esc(d.DEPT_NAME)]];
      (d.baseInfo || []).forEach(function (f) { info.push([esc(f.label), esc(f.value)]); });
      var types = (d.HANDLE_TYPE || "").split("^").filter(Boolean).map(function (c) { return HANDLE_TYPE[c]; });
      info.push(["办理形式", types.join("、")]);
      if (d.WBSD_LEVEL) { info.push(["网上办理深度", WBSD_LEVEL[d.WBSD_LEVEL]]); }
      var rows = "";
      for (var i = 0; i < info.length; i += 2) {
        rows += "<tr><th>" + info[i][0] + "</th><td>" + info[i][1] + "</td>" +
          (info[i + 1] ? "<th>" + info[i + 1][0] + "</th><td>" + info[i + 1][1] + "</td>" : "<td colspan=\"2\"></td>") + "</tr>";
      }
      html += "<div class=\"block\"><h3>基本信息</h3><table class=\"info\">" + rows + "</table></div>";
      html += "<div class=\"block\"><h3>申请材料</h3>" + table(["序号", "材料名称", "材料形式", "份数", "是否免提交"],
        (d.AUDIT_MATERIAL || []).map(function (m, i) {
          return [i + 1, esc(m.MATERIAL_NAME), MATERIAL_FORMAT[m.MATERIAL_FORMAT] || "", esc(m.PAGE_NUM),
            m.IS_FREE === "1" ? "是（" + esc(m.FREE_REASON) + "）" : "否"];
        })) + "</div>";
      if (d.STEPS && d.STEPS.length) {
        html += "<div class=\"block\"><h3>办理流程</h3>" + table(["环节", "办理时限", "办理标准"],
          d.STEPS.map(function (s) { return [esc(s.STEP_NAME), esc(s.TIME_LIMIT), esc(s.STANDARD)]; })) + "</div>";
      }
      var lobbies = d.AUDIT_CATALOG_LOBBY || [];
      html += "<div class=\"block\"><h3>办理地点</h3>" + (lobbies.length ? table(["办理地点", "地址", "办公时间", "咨询电话"],
        lobbies.map(function (l) { return [esc(l.NAME), esc(l.ADDRESS), esc(l.TIME), esc(l.TEL)]; })) :
        "<p>本事项无需到现场办理。</p>") + "</div>";
      html += "<div class=\"block hot\"><h3>热门事项</h3><ul>" + (d.hotTasks || []).map(function (t) {
        return "<li><a href=\"/guide/detail.html?taskId=" + esc(t.taskId) + "\">" + esc(t.taskName) + "</a><span>" +
          esc(t.tag) + "</span></li>";
      }).join("") + "</ul></div>";
      app.innerHTML = html;
    });
  }

  if (/\/guide\/detail\.html$/.test(location.pathname)) { detail(); } else { catalog(); }
})();
