"""瑶台市政务服务网 (贵州): a Vue-CLI-style single-page app with hash routes, written in plain JS.

``/`` is an empty shell (``<div id="app"></div>`` + two hashed bundles). The app fetches
``/api/catalog?page=N`` (a MyBatis-Plus page: ``records/total/size/current/pages``) and renders
``<a href="#/guide/<id>">`` links with snowflake ids as strings. ``#/guide/<id>`` fetches
``/api/guide?id=<id>``: camelCase keys carrying **codes only** (useLevel ``3^4``, handleType
``1^2^3``, wsfwsd ``1``–``4``, projectType ``1``–``3``, materialFormat ``1``–``3`` …), decoded by
dictionaries inside ``app.js``. The pager is buttons without ``href``.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from tests.blind3.model import LEVEL_TEXT, Guide, Material
from tests.blind3.pool import YAOTAI, make_guide
from tests.blind3.render_util import favicon, json_bytes

PORTAL_ID = "yaotai"
PAGE_SIZE = 6
APP_JS = "static/js/app.9f3d6e10.js"
VENDOR_JS = "static/js/chunk-vendors.4c1e7a2b.js"
APP_CSS = "static/css/app.2b7c81d4.css"
FIRST_ID = 1_720_391_875_430_981_634  # snowflake ids (beyond 2**53: JSON carries them as strings)


def entry(code: str) -> str:
    return f"/uc/login?taskCode={code}"


def guides() -> list[Guide]:
    city = YAOTAI
    g = [
        make_guide(city, "spjy", "city", entry, levels="34", halls=("city", "county0")),
        make_guide(city, "ggcs", "city", entry),
        make_guide(city, "hszc", "city", entry),
        make_guide(city, "sybx", "city", entry, halls=("sb",)),
        make_guide(city, "sbk", "city", entry, halls=("sb", "city")),
        # 是否网办 = 是 while 办理形式 is 窗口办理 only: channels stay counter
        make_guide(city, "dibao", "county0", entry, online_check=True),
        make_guide(city, "jhdj", "city", entry, halls=("hy",), fee=False),
        make_guide(city, "jzz", "county0", entry),
        make_guide(city, "dlhy", "city", entry, levels="34", halls=("city", "county0", "county1")),
        # Ⅳ级 with 1 visit, kept as stated; name with a 权限 suffix
        make_guide(city, "sgxk", "city", entry, name="建筑工程施工许可证核发（设区的市级权限）", visits=1,
                   visit_reason="开工前需到现场核验施工许可证原件"),
        make_guide(city, "bdcsc", "city", entry, halls=("bdc",)),
        make_guide(city, "pwxk", "county1", entry),
        make_guide(city, "ylcs", "county1", entry),
        make_guide(city, "ybcb", "town", entry, halls=("town", "village")),
        make_guide(city, "glbt", "town", entry, halls=("town", "village")),
        make_guide(city, "gtzc", "county0", entry),
        make_guide(city, "lmcf", "county1", entry, case="3"),  # 上报件
        make_guide(city, "yljg", "city", entry),
    ]
    for guide in g:
        if guide.key in ("hszc", "pwxk-county1"):  # online only: lobbys []
            guide.halls = []
    return g


# --- the API -----------------------------------------------------------------------------------


def snowflake(index: int) -> str:
    return str(FIRST_ID + index * 4_194_304 + (index * 7919) % 4096)


def material_json(guide: Guide, index: int, mat: Material) -> dict[str, Any]:
    return {
        "materialGuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{guide.code}/{index}")),
        "materialName": mat.name,
        "materialType": mat.mtype,
        "materialFormat": {"paper": "1", "electronic": "2", "both": "3"}[mat.form],
        "pageNum": mat.originals,
        "pageCopynum": mat.copies,
        "paperFormat": "A4",
        "sourceType": mat.source,
        "isNeed": mat.need,
        "isFreeSubmit": "1" if mat.exempt_how in ("free", "share") else "0",
        "getWay": "由部门共享获取" if mat.exempt_how == "share" else "",
        "elecLicenseName": mat.name if mat.exempt_how == "elic" else "",
        "remark": mat.note,
    }


def split_law(law: str) -> dict[str, str]:
    found = re.match(r"(《[^》]+》)(.*)", law)
    name, number = (found.group(1), found.group(2)) if found else (law, "")
    return {"lawName": name, "termsNumber": number, "termsContent": f"{name}{number}规定的事项，依法办理。"}


def guide_json(guide: Guide, index: int, ids: dict[str, str], all_guides: list[Guide]) -> dict[str, Any]:
    def day(value: int | None) -> int | str | None:
        if value is None:
            return None
        return value if index % 2 == 0 else str(value)  # the API mixes numbers and numeric strings

    related = [other for other in all_guides if other is not guide and other.department == guide.department][:2]
    related += [all_guides[(index + 5) % len(all_guides)]] if len(related) < 2 else []
    return {
        "code": 200,
        "msg": "操作成功",
        "success": True,
        "data": {
            "id": ids[guide.key],
            "taskGuid": str(uuid.uuid5(uuid.NAMESPACE_URL, guide.code)),
            "taskName": guide.name,
            "taskCode": guide.code,
            "catalogCode": guide.basic_code,
            "taskType": guide.type_code,
            "deptName": guide.department,
            "deptCode": guide.dept_usci,
            "useLevel": "^".join(guide.levels),
            "serveType": "^".join(guide.serve),
            "handleType": "^".join(guide.handle),
            "onlineCheck": "1" if guide.is_online else "0",
            "wsfwsd": str(guide.depth) if guide.depth else "",
            "limitSceneNum": guide.visits,
            "sceneReason": guide.visit_reason,
            "anticipateDay": day(guide.statutory),
            "anticipateType": "1",
            "promiseDay": day(guide.promised),
            "promiseType": "1",
            "projectType": guide.case,
            "isFee": "1" if guide.fee else "0",
            "isSchedule": "1" if guide.appointment else "0",
            "isExpress": "1" if guide.express else "0",
            "onlineHandleUrl": guide.online_url or "",
            "acceptCondition": "\n".join(f"{n}. {text}" for n, text in enumerate(guide.conditions, 1)),
            "materials": [material_json(guide, n, mat) for n, mat in enumerate(guide.materials)],
            "lobbys": [{"name": hall.name, "address": hall.address, "tel": hall.phone, "time": hall.hours,
                        "timeDelayBus": "中午延时服务 12:00-13:30" if hall.level == "city" else ""}
                       for hall in guide.halls],
            "processes": [{"stepName": step.name, "transactor": step.actor, "timeLimit": step.limit,
                           "checkStandard": step.standard} for step in guide.steps],
            "accordings": [split_law(guide.law)],
            "relatedTasks": [{"id": ids[other.key], "taskName": other.name} for other in related],
            "linkTel": guide.halls[0].phone if guide.halls else "0855-8216001",
            "superviseTel": "12345",
            "updateTime": f"2024-0{index % 9 + 1}-{index % 27 + 1:02d} 10:{index * 3 % 60:02d}:00",
        },
    }


def catalog_json(page: int, records: list[dict[str, Any]], total: int) -> dict[str, Any]:
    pages = -(-total // PAGE_SIZE)
    return {"code": 200, "msg": "操作成功",
            "data": {"records": records, "total": total, "size": PAGE_SIZE, "current": page, "pages": pages}}


# --- static pages --------------------------------------------------------------------------------

INDEX_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="/favicon.ico">
<title>瑶台市政务服务网</title>
<link href="/{css}" rel="stylesheet">
</head>
<body>
<noscript><strong>We're sorry but 瑶台市政务服务网 doesn't work properly without JavaScript enabled. \
Please enable it to continue.</strong></noscript>
<div id="app"></div>
<script src="/{vendor}"></script>
<script src="/{app}"></script>
</body>
</html>
"""

LOGIN_HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="/favicon.ico">
<title>瑶台市统一身份认证平台</title>
<link href="/{css}" rel="stylesheet">
</head>
<body class="uc">
<div class="uc-box">
<h1>瑶台市统一身份认证平台</h1>
<p>请使用“贵人服务”APP扫码登录，或使用账号密码登录后继续办理。</p>
<form action="/uc/login" method="get">
<label>手机号/身份证号 <input name="username" autocomplete="username"></label>
<label>密码 <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">登录</button>
</form>
<p class="uc-links"><a href="/">返回首页</a></p>
</div>
</body>
</html>
"""

VENDOR_SRC = r"""/* chunk-vendors: tiny http + hash router (the app's only dependencies) */
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
"""

APP_SRC = r"""/* 瑶台市政务服务网 app */
(function () {
  'use strict';
  var http = window.ytHttp;
  var DICT = {
    taskType: { '01': '行政许可', '05': '行政给付', '07': '行政确认', '10': '其他行政权力', '20': '公共服务' },
    useLevel: __LEVELS__,
    serveType: { '1': '自然人', '2': '企业法人', '3': '事业法人', '4': '社会组织法人', '5': '非法人企业', '6': '其他组织' },
    handleType: { '1': '窗口办理', '2': '网上办理', '3': '快递申请', '4': '自助终端办理' },
    wsfwsd: { '1': 'Ⅰ级', '2': 'Ⅱ级', '3': 'Ⅲ级', '4': 'Ⅳ级（全程网办）' },
    projectType: { '1': '即办件', '2': '承诺件', '3': '上报件' },
    materialType: { '1': '证件证书证明', '2': '申请表格文书', '3': '其他' },
    materialFormat: { '1': '纸质', '2': '电子', '3': '纸质,电子' },
    sourceType: { '10': '申请人自备', '20': '政府部门核发', '30': '中介机构出具', '99': '其他' },
    isNeed: { '1': '必要', '2': '非必要', '3': '容缺后补' },
    yesNo: { '1': '是', '0': '否' }
  };
  var app = document.getElementById('app');

  function esc(value) {
    if (value === null || value === undefined) { return ''; }
    return String(value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function codes(value, dict, sep) {
    if (value === null || value === undefined || value === '') { return '—'; }
    return String(value).split('^').map(function (c) { return dict[c] || c; }).join(sep || '、');
  }
  function days(value) {
    if (value === null || value === undefined || value === '') { return '无'; }
    var n = Number(value);
    return n === 0 ? '即办' : n + '个工作日';
  }
  function copies(mat) {
    var parts = [];
    if (Number(mat.pageNum) > 0) { parts.push('原件' + mat.pageNum + '份'); }
    if (Number(mat.pageCopynum) > 0) { parts.push('复印件' + mat.pageCopynum + '份'); }
    return parts.join('，') || '—';
  }

  function layout(inner) {
    return '<header class="yt-header"><div class="yt-wrap">' +
      '<a class="yt-logo" href="#/">瑶台市政务服务网</a>' +
      '<nav class="yt-nav"><a href="#/">首页</a><a href="#/">办事指南</a><span>个人办事</span><span>法人办事</span></nav>' +
      '</div></header><main class="yt-wrap yt-main">' + inner + '</main>' +
      '<footer class="yt-footer"><p>主办：瑶台市人民政府办公室　承办：瑶台市大数据发展管理局</p>' +
      '<p>网站标识码：5291000001　黔ICP备17004321号-2　政务服务热线：12345</p></footer>';
  }

  function listView(match, query) {
    var page = Math.max(1, parseInt(query.page, 10) || 1);
    app.innerHTML = layout('<section class="yt-card"><h2 class="yt-title">办事指南</h2>' +
      '<div class="yt-search"><input id="kw" placeholder="请输入事项名称"><button type="button" id="kwBtn">搜索</button></div>' +
      '<ul class="yt-list" id="list"><li class="yt-loading">加载中…</li></ul><div class="yt-pager" id="pager"></div></section>');
    http.get('/api/catalog?page=' + page).then(function (res) {
      var data = res && res.data;
      if (!data || !data.records) { document.getElementById('list').innerHTML = '<li>暂无数据</li>'; return; }
      document.getElementById('list').innerHTML = data.records.map(function (r) {
        return '<li><a class="yt-item" href="#/guide/' + esc(r.id) + '">' + esc(r.taskName) + '</a>' +
          '<span class="yt-dept">' + esc(r.deptName) + '</span>' +
          (r.onlineFlag === '1' ? '<span class="yt-badge">可网办</span>' : '') + '</li>';
      }).join('');
      renderPager(data.current, data.pages, data.total);
      document.getElementById('kwBtn').addEventListener('click', function () {
        var kw = document.getElementById('kw').value.trim();
        Array.prototype.forEach.call(document.querySelectorAll('#list li'), function (li) {
          li.style.display = !kw || li.textContent.indexOf(kw) >= 0 ? '' : 'none';
        });
      });
    }).catch(function () {
      document.getElementById('list').innerHTML = '<li>数据加载失败，请稍后重试</li>';
    });
  }

  function renderPager(current, pages, total) {
    var html = '<span class="yt-total">共 ' + total + ' 条</span>';
    html += '<button type="button" class="btn-prev" data-page="' + (current - 1) + '"' + (current <= 1 ? ' disabled' : '') + '>上一页</button>';
    for (var p = 1; p <= pages; p++) {
      html += '<button type="button" class="number' + (p === current ? ' active' : '') + '" data-page="' + p + '">' + p + '</button>';
    }
    html += '<button type="button" class="btn-next" data-page="' + (current + 1) + '"' + (current >= pages ? ' disabled' : '') + '>下一页</button>';
    var pager = document.getElementById('pager');
    pager.innerHTML = html;
    pager.addEventListener('click', function (ev) {
      var target = ev.target;
      if (target.tagName === 'BUTTON' && !target.disabled) {
        window.location.hash = '#/?page=' + target.getAttribute('data-page');
      }
    });
  }

  function row(label, value) {
    return '<tr><th>' + esc(label) + '</th><td>' + esc(value) + '</td></tr>';
  }

  function guideView(match) {
    var id = match[1];
    app.innerHTML = layout('<div class="yt-loading">加载中…</div>');
    var main = app.querySelector('.yt-main');
    http.get('/api/guide?id=' + encodeURIComponent(id)).then(function (res) {
      var d = res && res.data;
      if (!d || String(res.code) !== '200') {
        main.innerHTML = '<div class="yt-empty">' + esc((res && res.msg) || '未找到匹配的信息') + '</div>';
        return;
      }
      document.title = d.taskName + ' - 瑶台市政务服务网';
      var apply = d.onlineHandleUrl
        ? '<a class="yt-btn" href="' + esc(d.onlineHandleUrl) + '" target="_blank">在线办理</a>'
        : '<span class="yt-btn is-disabled" title="本事项暂不支持网上办理">在线办理</span>';
      var basic = '<table class="yt-table"><tbody>' +
        row('事项名称', d.taskName) + row('实施编码', d.taskCode) + row('基本编码', d.catalogCode) +
        row('事项类型', codes(d.taskType, DICT.taskType)) + row('实施主体', d.deptName) +
        row('行使层级', codes(d.useLevel, DICT.useLevel, '，')) + row('服务对象', codes(d.serveType, DICT.serveType)) +
        row('办理形式', codes(d.handleType, DICT.handleType)) + row('是否网办', DICT.yesNo[d.onlineCheck]) +
        row('网上办理深度', codes(d.wsfwsd, DICT.wsfwsd)) +
        row('到办事现场次数', d.limitSceneNum + '次') + row('必须现场办理原因说明', d.sceneReason || '无') +
        row('法定办结时限', days(d.anticipateDay)) + row('承诺办结时限', days(d.promiseDay)) +
        row('办件类型', codes(d.projectType, DICT.projectType)) + row('是否收费', DICT.yesNo[d.isFee]) +
        row('是否支持预约办理', DICT.yesNo[d.isSchedule]) + row('是否支持物流快递', DICT.yesNo[d.isExpress]) +
        row('咨询电话', d.linkTel) + row('监督投诉电话', d.superviseTel) + '</tbody></table>';
      var conditions = '<div class="yt-pre">' + esc(d.acceptCondition).replace(/\n/g, '<br>') + '</div>';
      var mats = '<table class="yt-table yt-mats"><thead><tr><th>序号</th><th>材料名称</th><th>材料类型</th><th>材料形式</th>' +
        '<th>份数</th><th>来源渠道</th><th>必要性</th><th>备注</th></tr></thead><tbody>' +
        d.materials.map(function (mat, i) {
          var tags = mat.isFreeSubmit === '1' ? ' <span class="yt-tag">免提交</span>' : '';
          var note = [mat.getWay, mat.elecLicenseName ? '已关联电子证照，可通过电子证照库调取' : '', mat.remark]
            .filter(Boolean).join('；');
          return '<tr><td>' + (i + 1) + '</td><td class="name">' + esc(mat.materialName) + tags + '</td>' +
            '<td>' + esc(DICT.materialType[mat.materialType]) + '</td><td>' + esc(DICT.materialFormat[mat.materialFormat]) + '</td>' +
            '<td>' + copies(mat) + '</td><td>' + esc(DICT.sourceType[mat.sourceType]) + '</td>' +
            '<td>' + esc(DICT.isNeed[mat.isNeed]) + '</td><td>' + esc(note || '—') + '</td></tr>';
        }).join('') + '</tbody></table>';
      var lobbys = d.lobbys.length ? d.lobbys.map(function (l) {
        return '<div class="yt-lobby"><h4>' + esc(l.name) + '</h4><p>办理地址：' + esc(l.address) + '</p>' +
          '<p>办理时间：' + esc(l.time) + (l.timeDelayBus ? '（' + esc(l.timeDelayBus) + '）' : '') + '</p>' +
          '<p>咨询电话：' + esc(l.tel) + '</p></div>';
      }).join('') : '<p class="yt-empty">本事项全程网上办理，无需到现场办理。</p>';
      var steps = '<table class="yt-table"><thead><tr><th>办理环节</th><th>办理人员</th><th>办理时限</th><th>审查标准</th></tr></thead><tbody>' +
        d.processes.map(function (s) {
          return '<tr><td>' + esc(s.stepName) + '</td><td>' + esc(s.transactor) + '</td><td>' + esc(s.timeLimit) +
            '</td><td>' + esc(s.checkStandard) + '</td></tr>';
        }).join('') + '</tbody></table>';
      var laws = d.accordings.map(function (a) {
        return '<p><b>' + esc(a.lawName) + '</b>' + esc(a.termsNumber) + '：' + esc(a.termsContent) + '</p>';
      }).join('');
      var related = '<aside class="yt-related"><h3>相关事项</h3><ul>' + d.relatedTasks.map(function (t) {
        return '<li><a href="#/guide/' + esc(t.id) + '">' + esc(t.taskName) + '</a></li>';
      }).join('') + '</ul></aside>';
      main.innerHTML = '<div class="yt-crumb"><a href="#/">首页</a> &gt; <a href="#/">办事指南</a> &gt; 详情</div>' +
        '<div class="yt-guide"><section class="yt-card"><h1 class="yt-guide-title">' + esc(d.taskName) + '</h1>' +
        '<div class="yt-ops">' + apply + '<span class="yt-update">更新时间：' + esc(d.updateTime) + '</span></div></section>' +
        '<section class="yt-card"><h2>基本信息</h2>' + basic + '</section>' +
        '<section class="yt-card"><h2>受理条件</h2>' + conditions + '</section>' +
        '<section class="yt-card"><h2>申请材料</h2>' + mats + '</section>' +
        '<section class="yt-card"><h2>办理地点</h2>' + lobbys + '</section>' +
        '<section class="yt-card"><h2>办理流程</h2>' + steps + '</section>' +
        '<section class="yt-card"><h2>设定依据</h2>' + laws + '</section></div>' + related;
      window.scrollTo(0, 0);
    }).catch(function () {
      main.innerHTML = '<div class="yt-empty">数据加载失败，请稍后重试</div>';
    });
  }

  var router = window.ytRouter.create([
    { pattern: /^\/guide\/([0-9A-Za-z-]+)$/, view: guideView },
    { pattern: /^\/?$/, view: listView }
  ], function () { window.location.hash = '#/'; });
  router.start();
})();
"""

CSS = """body{margin:0;font:14px/1.6 "Microsoft YaHei","PingFang SC",sans-serif;color:#333;background:#f3f5f8}
a{color:#1d5fbf;text-decoration:none}.yt-wrap{max-width:1180px;margin:0 auto;padding:0 16px}
.yt-header{background:#c8161d;color:#fff}.yt-header .yt-wrap{display:flex;align-items:center;height:64px}
.yt-logo{color:#fff;font-size:22px;font-weight:bold;margin-right:40px}.yt-nav a,.yt-nav span{color:#fff;margin-right:24px}
.yt-main{display:flex;flex-wrap:wrap;gap:16px;padding-top:16px;padding-bottom:24px}
.yt-card{background:#fff;border-radius:4px;padding:16px 20px;margin-bottom:16px;flex:1 1 100%}
.yt-guide{flex:1 1 760px}.yt-related{flex:0 0 260px;background:#fff;padding:12px 16px;align-self:flex-start}
.yt-crumb{flex:1 1 100%;color:#888}.yt-list{list-style:none;padding:0}.yt-list li{padding:10px 0;border-bottom:1px dashed #ddd}
.yt-dept{float:right;color:#888}.yt-badge{margin-left:8px;color:#fff;background:#2c9f5b;padding:0 6px;border-radius:2px;font-size:12px}
.yt-pager button{margin:0 3px;padding:2px 10px;border:1px solid #ccc;background:#fff;cursor:pointer}
.yt-pager button.active{background:#c8161d;color:#fff;border-color:#c8161d}.yt-total{margin-right:8px;color:#666}
.yt-table{width:100%;border-collapse:collapse}.yt-table th,.yt-table td{border:1px solid #e3e3e3;padding:6px 10px;text-align:left}
.yt-table th{background:#f7f8fa;width:180px;font-weight:normal;color:#555}.yt-mats th{width:auto}
.yt-tag{color:#fff;background:#e6a23c;padding:0 4px;font-size:12px;border-radius:2px}
.yt-btn{display:inline-block;background:#c8161d;color:#fff;padding:6px 24px;border-radius:3px}
.yt-btn.is-disabled{background:#c0c4cc;cursor:not-allowed}.yt-update{margin-left:16px;color:#999}
.yt-lobby{border-left:3px solid #c8161d;padding-left:12px;margin-bottom:12px}.yt-lobby h4{margin:0}
.yt-footer{background:#333;color:#aaa;text-align:center;padding:16px 0;font-size:12px}
.uc-box{max-width:420px;margin:80px auto;background:#fff;padding:24px}.uc-box label{display:block;margin:8px 0}
"""


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    all_guides = guides()
    ids = {guide.key: snowflake(n) for n, guide in enumerate(all_guides)}
    files: dict[str, bytes] = {}
    files["index.html"] = INDEX_HTML.format(css=APP_CSS, vendor=VENDOR_JS, app=APP_JS).encode("utf-8")
    files["uc/login"] = LOGIN_HTML.format(css=APP_CSS).encode("utf-8")
    files[VENDOR_JS] = VENDOR_SRC.encode("utf-8")
    levels_js = "{ " + ", ".join(f"'{k}': '{v}'" for k, v in LEVEL_TEXT.items()) + " }"
    files[APP_JS] = APP_SRC.replace("__LEVELS__", levels_js).encode("utf-8")
    files[APP_CSS] = CSS.encode("utf-8")
    files["favicon.ico"] = favicon((200, 22, 29))
    # catalog: newest first (the API sorts by update time)
    order = list(reversed(all_guides))
    records = [{"id": ids[guide.key], "taskName": guide.name, "deptName": guide.department,
                "onlineFlag": "1" if guide.online_url else "0"} for guide in order]
    total = len(records)
    for page in range(1, -(-total // PAGE_SIZE) + 1):
        body = json_bytes(catalog_json(page, records[(page - 1) * PAGE_SIZE: page * PAGE_SIZE], total))
        files[f"api/catalog@page={page}"] = body
        if page == 1:
            files["api/catalog"] = body  # /api/catalog without a page is page 1
    files["api/guide"] = json_bytes({"code": "0", "msg": "未找到匹配的信息", "success": False, "data": None})
    for index, guide in enumerate(all_guides):
        files[f"api/guide@id={ids[guide.key]}"] = json_bytes(guide_json(guide, index, ids, all_guides))
    files["headers.json"] = json_bytes({
        "/api/*": "application/json;charset=UTF-8",
        "/uc/login": "text/html;charset=UTF-8",
        "/": "text/html;charset=UTF-8",
        "*.html": "text/html;charset=UTF-8",
        "*.js": "application/javascript;charset=UTF-8",
        "*.css": "text/css;charset=UTF-8",
    }, compact=False)
    items = []
    for guide in all_guides:
        item = guide.truth(f"/#/guide/{ids[guide.key]}")
        item["data_url"] = f"/api/guide?id={ids[guide.key]}"
        item["link_only_in_script"] = True
        items.append(item)
    portal = {
        "id": PORTAL_ID,
        "name": "瑶台市政务服务网",
        "style": "Vue-CLI-style hash-routed SPA; camelCase JSON API with codes only",
        "home": "",
        "charset": "utf-8",
        "served_content_type": "text/html;charset=UTF-8",
        "catalog_api": "/api/catalog?page=N",
        "items": items,
    }
    return files, portal
