
const esc = (v) => (v === null || v === undefined ? '' : String(v)).replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const header = () => '<header class="cy-header"><div class="cy-wrap"><a class="cy-logo" href="/">澄屿市网上办事大厅</a>' +
  '<nav><a href="/">首页</a><a href="/">办事指南</a><span>好差评</span><span>12345</span></nav></div></header>';
const footer = () => '<footer class="cy-footer">主办：澄屿市人民政府　承办：澄屿市数字澄屿建设领导小组办公室　' +
  '闽ICP备12003456号　网站标识码：3591000012</footer>';
