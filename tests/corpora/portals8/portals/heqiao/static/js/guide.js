/* 办事指南页：页签与折叠面板（未选中的内容以 display:none 隐藏） */
(function () {
  function show(pane, on) {
    pane.style.display = on ? "block" : "none";
    pane.setAttribute("aria-hidden", on ? "false" : "true");
    if (on) { pane.className = pane.className.replace(/\s*active/g, "") + " active"; }
    else { pane.className = pane.className.replace(/\s*active/g, ""); }
  }
  var tabs = document.querySelectorAll('[data-toggle="tab"]');
  for (var i = 0; i < tabs.length; i++) {
    tabs[i].addEventListener("click", function (e) {
      e.preventDefault();
      var target = this.getAttribute("href");
      var panes = document.querySelectorAll(".tab-pane");
      for (var j = 0; j < panes.length; j++) { show(panes[j], "#" + panes[j].id === target); }
      var lis = document.querySelectorAll(".nav-tabs li");
      for (var k = 0; k < lis.length; k++) { lis[k].className = lis[k].querySelector("a") === this ? "active" : ""; }
    });
  }
  var toggles = document.querySelectorAll('[data-toggle="collapse"]');
  for (var m = 0; m < toggles.length; m++) {
    toggles[m].addEventListener("click", function (e) {
      e.preventDefault();
      var body = document.querySelector(this.getAttribute("href"));
      var open = body.style.display !== "none";
      show(body, !open);
      this.setAttribute("aria-expanded", open ? "false" : "true");
    });
  }
})();
