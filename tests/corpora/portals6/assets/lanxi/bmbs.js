/* 部门办事：整行可点击，目标地址在 data-href 中 */
(function () {
  var rows = document.querySelectorAll('tr[data-href]');
  for (var i = 0; i < rows.length; i++) {
    rows[i].style.cursor = 'pointer';
    rows[i].onclick = function () { window.location.href = this.getAttribute('data-href'); };
  }
})();
