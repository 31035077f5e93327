const esc = (v) => (v === null || v === undefined ? '' : String(v)).replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const header = () => '<header class="cy-header"><div class="cy-wrap"><a class="cy-logo" href="/">澄屿市网上办事大厅</a>' +
  '<nav><a href="/">首页</a><a href="/">办事指南</a><span>好差评</span><span>12345</span></nav></div></header>';
const footer = () => '<footer class="cy-footer">主办：澄屿市人民政府　承办：澄屿市数字澄屿建设领导小组办公室　' +
  '闽ICP备12003456号　网站标识码：3591000012</footer>';

const root = document.getElementById('root');
const code = new URLSearchParams(window.location.search).get('code');
root.innerHTML = header() + '<main class="cy-wrap" id="main"><p class="cy-loading">加载中…</p></main>' + footer();
const main = document.getElementById('main');

function section(sec) {
  let inner = '';
  if (sec.fields) {
    inner = '<dl class="cy-kv">' + sec.fields.map((f) =>
      '<div class="cy-kv-item"><dt>' + esc(f.label) + '</dt><dd>' + esc(f.value) + '</dd></div>').join('') + '</dl>';
  } else if (sec.rows) {
    if (!sec.rows.length) {
      inner = '<p class="cy-empty">无</p>';
    } else {
      const cols = Object.keys(sec.rows[0]);
      inner = '<table class="cy-table"><thead><tr>' + cols.map((c) => '<th>' + esc(c) + '</th>').join('') +
        '</tr></thead><tbody>' + sec.rows.map((r) => '<tr>' + cols.map((c) => '<td>' + esc(r[c] || '') + '</td>').join('') +
        '</tr>').join('') + '</tbody></table>';
    }
  } else if (sec.steps) {
    inner = '<ol class="cy-steps">' + sec.steps.map((s) => '<li><b>' + esc(s['环节']) + '</b>（' + esc(s['办理人']) +
      '，' + esc(s['时限']) + '）<p>' + esc(s['内容']) + '</p></li>').join('') + '</ol>';
  } else if (sec.html) {
    inner = '<div class="cy-html">' + sec.html + '</div>';
  }
  return '<section class="cy-sec"><h3>' + esc(sec.title) + '</h3>' + inner + '</section>';
}

function field(data, label) {
  for (const sec of data.sections) {
    for (const f of sec.fields || []) {
      if (f.label === label) return f.value;
    }
  }
  return '';
}

async function load() {
  if (!code) {
    main.innerHTML = '<p class="cy-empty">缺少事项编码</p>';
    return;
  }
  let body;
  try {
    const resp = await fetch('/api/detail/' + encodeURIComponent(code) + '.json', { headers: { Accept: 'application/json' } });
    if (!resp.ok) throw new Error('HTTP ' + resp.status);
    body = await resp.json();
  } catch (err) {
    main.innerHTML = '<p class="cy-empty">事项不存在或已下架</p>';
    return;
  }
  const data = body.data;
  document.title = data.title + ' - 澄屿市网上办事大厅';
  const url = field(data, '网上办理地址');
  const button = url && url !== '无'
    ? '<button type="button" class="cy-apply" data-url="' + esc(url) + '">立即办理</button>'
    : '<button type="button" class="cy-apply" disabled>仅支持窗口办理</button>';
  main.innerHTML = '<div class="cy-crumb"><a href="/">首页</a> / 办事指南</div><div class="cy-head"><h1>' + esc(data.title) +
    '</h1>' + button + '<span class="cy-time">更新日期：' + esc(data.updateTime) + '</span></div>' +
    data.sections.map(section).join('');
  const apply = main.querySelector('.cy-apply[data-url]');
  if (apply) apply.addEventListener('click', () => window.open(apply.getAttribute('data-url'), '_blank'));
}
load();
