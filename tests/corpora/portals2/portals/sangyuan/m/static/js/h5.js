document.addEventListener('click', function (e) {
  var btn = e.target.closest('button[data-url]');
  if (btn) { location.href = btn.getAttribute('data-url'); return; }
  var tel = e.target.closest('button[data-tel]');
  if (tel) { location.href = 'tel:' + tel.getAttribute('data-tel'); }
});
