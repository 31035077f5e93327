
const root = document.getElementById('root');
root.innerHTML = header() + '<main class="cy-wrap"><h2 class="cy-h2">办事指南</h2>' +
  '<div class="cy-search"><input id="kw" placeholder="搜索事项名称"></div><div id="tabs" class="cy-tabs"></div>' +
  '<div id="list" class="cy-list">加载中…</div></main>' + footer();

function draw(rows, dept, kw) {
  const shown = rows.filter((r) => (!dept || r.orgName === dept) && (!kw || r.itemName.indexOf(kw) >= 0));
  document.getElementById('list').innerHTML = shown.length ? shown.map((r) =>
    '<div class="cy-row"><a href="/bszn/detail.html?code=' + encodeURIComponent(r.itemCode) + '">' + esc(r.itemName) +
    '</a><span class="cy-org">' + esc(r.orgName) + '</span>' + (r.canOnline ? '<em>可网办</em>' : '') + '</div>').join('')
    : '<p class="cy-empty">没有找到相关事项</p>';
}

async function main() {
  let rows = [];
  try {
    const resp = await fetch('/api/list.json', { headers: { Accept: 'application/json' } });
    const body = await resp.json();
    const data = typeof body.data === 'string' ? JSON.parse(body.data) : body.data;
    rows = data.rows || [];
  } catch (err) {
    document.getElementById('list').textContent = '事项列表加载失败，请稍后重试';
    return;
  }
  const depts = [...new Set(rows.map((r) => r.orgName))];
  let dept = '';
  const tabs = document.getElementById('tabs');
  tabs.innerHTML = ['<span class="on" data-d="">全部</span>'].concat(depts.map((d) =>
    '<span data-d="' + esc(d) + '">' + esc(d) + '</span>')).join('');
  tabs.addEventListener('click', (ev) => {
    if (ev.target.tagName !== 'SPAN') return;
    tabs.querySelectorAll('span').forEach((s) => s.classList.remove('on'));
    ev.target.classList.add('on');
    dept = ev.target.getAttribute('data-d');
    draw(rows, dept, document.getElementById('kw').value.trim());
  });
  document.getElementById('kw').addEventListener('input', (ev) => draw(rows, dept, ev.target.value.trim()));
  draw(rows, dept, '');
}
main();
