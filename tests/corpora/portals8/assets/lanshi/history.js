/* 历史消息：按页取 getmsg 接口，general_msg_list 是一段 JSON 字符串 */
(function () {
  var biz = "MzI4NTQ2MDc1Ng";
  var box = document.getElementById("js_history");
  var more = document.getElementById("js_more");
  var nextOffset = 0;

  function fmt(ts) {
    var d = new Date(ts * 1000);
    return d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日";
  }

  function append(a, ts) {
    if (!a.content_url) { return; }
    var div = document.createElement("div");
    div.className = "weui_media_box appmsg";
    var h4 = document.createElement("h4");
    h4.className = "weui_media_title";
    h4.setAttribute("hrefs", a.content_url.replace(/&amp;/g, "&"));
    h4.textContent = a.title;
    h4.onclick = function () { location.href = this.getAttribute("hrefs"); };
    var p = document.createElement("p");
    p.className = "weui_media_desc";
    p.textContent = a.digest;
    var t = document.createElement("p");
    t.className = "weui_media_extra_info";
    t.textContent = fmt(ts);
    div.appendChild(h4); div.appendChild(p); div.appendChild(t);
    box.appendChild(div);
  }

  function load() {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "/mp/profile_ext?action=getmsg&__biz=" + biz + "&f=json&offset=" + nextOffset + "&count=10");
    xhr.onload = function () {
      var res = JSON.parse(xhr.responseText);
      if (res.ret !== 0) { return; }
      var list = JSON.parse(res.general_msg_list).list;
      for (var i = 0; i < list.length; i++) {
        var info = list[i].app_msg_ext_info;
        if (!info) { continue; }
        var ts = list[i].comm_msg_info.datetime;
        append(info, ts);
        var subs = info.multi_app_msg_item_list || [];
        for (var j = 0; j < subs.length; j++) { append(subs[j], ts); }
      }
      nextOffset = res.next_offset;
      more.style.display = res.can_msg_continue === 1 ? "block" : "none";
    };
    xhr.send();
  }

  more.onclick = load;
  load();
})();
