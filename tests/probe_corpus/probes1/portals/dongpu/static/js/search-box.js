(function () {
  var mount = document.getElementById('searchMount');
  if (!mount) { return; }
  var form = document.createElement('form');
  form.action = '/s/result.html';
  form.method = 'get';
  form.setAttribute('role', 'search');
  form.innerHTML = '<label for="kw">搜索服务</label> <input id="kw" name="kw" type="text" maxlength="40"> '
    + '<button type="submit" class="btn-primary">搜索</button>';
  mount.appendChild(form);
})();
