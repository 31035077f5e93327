/* 办事指南详情渲染 bszn-detail.js v20231108 */
(function (w, d) {
  'use strict';
  function esc(v) {
    if (v === null || v === undefined) { return ''; }
    return String(v).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function dash(v) { return v === null || v === undefined || v === '' ? '—' : v; }
  function dayText(day, unit, explain) {
    if (day === '' || day === null || day === undefined) { return explain || '无'; }
    if (String(day) === '0') { return '即办'; }
    return day + '个' + (unit || '工作日') + (explain || '');
  }
  function copies(m) {
    var parts = [];
    if (Number(m.PAGE_NUM) > 0) { parts.push('原件' + m.PAGE_NUM + '份'); }
    if (Number(m.PAGE_COPYNUM) > 0) { parts.push('复印件' + m.PAGE_COPYNUM + '份'); }
    return parts.join('，') || '—';
  }
  function cells(pairs) {
    var html = '';
    for (var i = 0; i < pairs.length; i += 2) {
      html += '<tr>';
      for (var j = i; j < i + 2; j++) {
        if (pairs[j]) {
          html += '<th>' + esc(pairs[j][0]) + '</th><td>' + esc(dash(pairs[j][1])) + '</td>';
        } else {
          html += '<th></th><td></td>';
        }
      }
      html += '</tr>';
    }
    return html;
  }
  function render(info, hot) {
    var box = d.getElementById('guideApp');
    if (!box) { return; }
    if (!info) { box.innerHTML = '<p class="empty">未找到匹配的信息</p>'; return; }
    var apply = info.TRANSACT_WEB_URL
      ? '<a class="btn-online" href="' + esc(info.TRANSACT_WEB_URL) + '" target="_blank">在线办理</a>'
      : '<a class="btn-online disabled" href="javascript:;">暂不支持网上办理</a>';
    var base = [
      ['事项名称', info.TASK_NAME], ['事项类型', info.TASK_TYPE_TEXT],
      ['实施编码', info.TASK_CODE], ['基本编码', info.CATALOG_CODE],
      ['实施主体', info.DEPT_NAME], ['行使层级', info.USE_LEVEL_TEXT],
      ['服务对象', info.SERVE_TYPE_TEXT], ['办理形式', info.HANDLE_TYPE_TEXT],
      ['是否网办', info.ONLINECHECK === '1' ? '是' : '否'], ['网上办理深度', info.WBSD_LEVEL_TEXT],
      ['到办事现场次数', info.LIMIT_SCENE_NUM + '次'], ['必须现场办理原因说明', info.LIMIT_SCENE_EXPLAIN],
      ['法定办结时限', dayText(info.ANTICIPATE_DAY, info.ANTICIPATE_TYPE_TEXT, info.FDBLSXSM)],
      ['承诺办结时限', dayText(info.PROMISE_DAY, info.PROMISE_TYPE_TEXT, info.CRBJSXSM)],
      ['办件类型', info.PROJECT_TYPE_TEXT], ['是否收费', info.IS_FEE_TEXT],
      ['是否支持预约办理', info.IS_RESERVE === '1' ? '是' : '否'], ['是否支持物流快递', info.IS_EXPRESS === '1' ? '是' : '否'],
      ['咨询电话', info.LINK_TEL], ['监督投诉电话', info.TSTEL]
    ];
    var mats = (info.AUDIT_MATERIAL || []).map(function (m, i) {
      var note = m.IS_FREE === '1' ? '免提交（' + m.FREE_REASON + '）' : (m.REMARK || '');
      return '<tr><td>' + (i + 1) + '</td><td class="mname">' + esc(m.MATERIAL_NAME) + '</td><td>' + esc(m.MATERIAL_TYPE_TEXT) +
        '</td><td>' + esc(m.SOURCE_TYPE_TEXT) + '</td><td>' + esc(m.MATERIAL_FORMAT_TEXT) + '</td><td>' + copies(m) +
        '</td><td>' + esc(m.IS_NEED_TEXT) + '</td><td>' + esc(dash(note)) + '</td></tr>';
    }).join('');
    var steps = (info.AUDIT_PROCEDURE || []).map(function (s) {
      return '<tr><td>' + esc(s.PROCEDURE_NAME) + '</td><td>' + esc(s.TRANSACTOR) + '</td><td>' + esc(s.TRANSACT_TIME_LIMIT) +
        '</td><td>' + esc(s.CHECK_STANDARD) + '</td></tr>';
    }).join('');
    var lobbys = (info.AUDIT_CATALOG_LOBBY || []).map(function (l) {
      return '<div class="lobby"><h4>' + esc(l.NAME) + '</h4><p><span>办理地点：</span>' + esc(l.ADDRESS) + '</p>' +
        '<p><span>办理时间：</span>' + esc(l.TIME) + '</p><p><span>联系电话：</span>' + esc(l.TEL) + '</p></div>';
    }).join('') || '<p class="empty">本事项仅支持网上办理，无需到窗口。</p>';
    var laws = (info.ACCORDING || []).map(function (a) {
      return '<p>' + esc(a.LAWNAME) + esc(a.TERMSNUMBER) + '：' + esc(a.TERMSCONTENT) + '</p>';
    }).join('');
    var side = '';
    if (hot && hot.length) {
      side = '<div class="side"><h3>热门事项</h3><ul>' + hot.map(function (h) {
        return '<li><a href="/portal/guide/' + esc(h.TASK_CODE) + '" target="_blank">' + esc(h.TASK_NAME) + '</a></li>';
      }).join('') + '</ul></div>';
    }
    box.innerHTML = '<div class="ops">' + apply + '</div>' +
      '<div class="block"><h3 class="tit">基本信息</h3><table class="info">' + cells(base) + '</table></div>' +
      '<div class="block"><h3 class="tit">受理条件</h3><p>' + esc(info.ACCEPT_CONDITION) + '</p></div>' +
      '<div class="block"><h3 class="tit">申请材料</h3><table class="mat"><thead><tr><th>序号</th><th>材料名称</th>' +
      '<th>材料类型</th><th>来源渠道</th><th>材料形式</th><th>份数</th><th>是否必须</th><th>备注</th></tr></thead><tbody>' +
      mats + '</tbody></table></div>' +
      '<div class="block"><h3 class="tit">办理流程</h3><table class="mat"><thead><tr><th>环节</th><th>办理人</th><th>时限</th>' +
      '<th>审查标准</th></tr></thead><tbody>' + steps + '</tbody></table></div>' +
      '<div class="block"><h3 class="tit">办理地点及时间</h3>' + lobbys + '</div>' +
      '<div class="block"><h3 class="tit">设定依据</h3>' + laws + '</div>' + side;
    d.title = info.TASK_NAME + '_沙棠市政务服务网';
  }
  function start() {
    var state = w.__INITIAL_STATE__;
    var info = w.guideInfo || (state && state.guide && state.guide.detail);
    render(info, state && state.hotItems);
  }
  if (d.readyState === 'loading') { d.addEventListener('DOMContentLoaded', start); } else { start(); }
})(window, document);
