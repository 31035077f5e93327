/* 望岑掌上办: the bottom bar buttons that carry their target in data-url, and the favourites toast. */
document.addEventListener('click', function (event) {
  var el = event.target;
  while (el && el !== document && !el.getAttribute('data-url')) { el = el.parentNode; }
  if (el && el !== document) { event.preventDefault(); window.location.href = el.getAttribute('data-url'); }
});
function fav() { alert('已收藏'); }
