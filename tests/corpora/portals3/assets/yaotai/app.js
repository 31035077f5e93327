/* 瑶台市政务服务网 app */
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
