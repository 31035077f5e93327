"""Small portals for the citizen-journey tests, one under each path prefix, served on 127.0.0.1.

- ``/works/``: home (a login box, then a GET search form) → results → guide (在线办理) → form;
- ``/deep/``: the result leads through three choice pages (区县, 乡镇（街道）, 部门) to the guide;
- ``/nothing/``: the search finds nothing (the page lists other, popular items);
- ``/script/``: the search box and button are drawn by a script, the button (no form) fetches the
  results and draws them in place; the guide's 立即办理 opens the entry in a new tab;
- ``/login/``: the guide's address redirects to a login page;
- ``/bare/``: a home page without a search box (a login box and a feedback form with one text
  field instead);
- ``/captcha/``: as ``/works/``, with an image CAPTCHA on the entry's form;
- ``/similar/``: the results list similar items before the one searched for, echo the query in
  their heading, carry their own 在线办理 links and open each result in a new tab;
- ``/broken/``: the guides' 在线办理 lead to an HTTP 404 (个体工商户设立登记) and to a host that
  refuses connections (``JourneyPortal.dead_entry``, set by the test; 城乡居民养老保险参保登记).
"""

from __future__ import annotations

import json
import struct
import time
import zlib
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, quote, urlsplit

ITEMS = {
    "GT01": "个体工商户设立登记",
    "GT02": "个体工商户注销登记",
    "GT03": "个体工商户变更登记",
    "YL01": "城乡居民养老保险参保登记",
    "JY01": "就业创业证申领",
}
PORTALS = ("works", "deep", "nothing", "script", "login", "bare", "captcha", "similar", "broken")
CHOICES = [("area", "请选择办理区县", ["东湖区", "西山区", "南江县"]),
           ("town", "请选择乡镇（街道）", ["城关街道", "桥头镇"]),
           ("dept", "请选择实施部门", ["区市场监督管理局", "区行政审批服务局"])]


def page(title: str, body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><div class="top"><a href="./">首页</a> | <a href="#">无障碍浏览</a></div>{body}'
            '<div class="foot"><a href="#">网站地图</a> <a href="#">联系我们</a></div></body></html>')


def search_form(portal: str) -> str:
    if portal == "deep":
        return (f'<form action="/{portal}/search"><input class="search-input" name="keyword" placeholder="搜索事项">'
                '<input type="submit" value="检索"></form>')
    return (f'<form action="/{portal}/search" method="get"><label>事项搜索 <input name="q" '
            'placeholder="请输入事项名称"></label> <button type="submit">搜索</button></form>')


LOGIN_BOX = ('<form action="signin" method="post" class="login-box"><input name="username" '
             'placeholder="请输入用户名"><input type="password" name="pwd" placeholder="请输入密码">'
             '<button type="submit">登录</button></form>')
"""A home page's login box: its user-name field says 请输入, as many search boxes do."""
SCRIPT_HOME = """<div id="app">正在加载……</div><script>
setTimeout(function () {
  var app = document.getElementById("app");
  app.innerHTML = '<div class="search-bar"><input id="kw" class="ipt" placeholder="搜索您要办理的事项">'
    + '<span class="search-btn" onclick="findItems()">搜索</span></div><ul id="hits"></ul>';
}, 200);
function findItems() {
  var words = document.getElementById("kw").value;
  fetch("/script/api/search?q=" + encodeURIComponent(words)).then(function (r) { return r.json(); })
    .then(function (hits) {
      setTimeout(function () {
        document.getElementById("hits").innerHTML = hits.map(function (hit) {
          return '<li><a href="/script/guide/' + hit.code + '">' + hit.name + '</a></li>';
        }).join("");
      }, 300);
    });
}
</script>"""
SIGNIN = """<h2>统一身份认证</h2><form method="post" action="/login/signin"><label>账号 <input name="account"></label>
<label>密码 <input type="password" name="password"></label><button type="submit">登录</button></form>"""


def tiny_png() -> bytes:
    """A one-pixel grey PNG: the CAPTCHA image (shown at 90 × 32)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")


def found(query: str) -> list[str]:
    """The codes a search finds: the names containing the query (or its first five characters,
    which lists the similar items, as real portals' fuzzy searches do)."""
    query = "".join(query.split())
    if not query:
        return []
    return [code for code, name in ITEMS.items() if query in name or (len(query) > 5 and query[:5] in name)]


class JourneyPortal(BaseHTTPRequestHandler):
    dead_entry = "http://127.0.0.1:9/apply"

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        parts = urlsplit(self.path)
        portal, _, rest = parts.path.strip("/").partition("/")
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        if portal not in PORTALS:
            self.answer(404, page("404", "<h1>404 Not Found</h1>"))
        elif rest == "captcha.png":
            self.answer(200, tiny_png(), "image/png")
        elif rest == "api/search":
            hits = [{"code": code, "name": ITEMS[code]} for code in found(query.get("q", ""))]
            self.answer(200, json.dumps(hits, ensure_ascii=False), "application/json; charset=utf-8")
        else:
            self.route(portal, rest, query)

    def route(self, portal: str, rest: str, query: dict[str, str]) -> None:
        head, _, code = rest.partition("/")
        if rest == "":
            self.answer(200, self.home(portal))
        elif rest == "search":
            self.answer(200, self.results(portal, query.get("q") or query.get("keyword") or ""))
        elif head in {choice for choice, _, _ in CHOICES}:
            self.answer(200, self.choice(portal, head, query))
        elif head == "guide" and code in ITEMS and portal == "login":
            self.redirect(f"/login/signin?next={quote('/login/guide/' + code)}")
        elif head == "guide" and code in ITEMS:
            self.answer(200, self.guide(portal, code))
        elif rest == "signin":
            self.answer(200, page("用户登录", SIGNIN))
        elif head == "apply" and code in ITEMS:
            captcha = ('<label>验证码 <input name="code"></label><img src="/captcha/captcha.png" alt="图形验证码" '
                       'width="90" height="32">') if portal == "captcha" else ""
            self.answer(200, page("网上申报", f'<h1>网上申报：{ITEMS[code]}</h1><form method="post" action="#">'
                                  f'<label>申请人姓名 <input name="name"></label>{captcha}'
                                  '<button type="submit">提交申请</button></form>'))
        else:
            self.answer(404, page("404", "<h1>404 Not Found</h1>"))

    def home(self, portal: str) -> str:
        catalogue = '<ul class="nav"><li><a href="#">个人服务</a></li><li><a href="#">法人服务</a></li></ul>'
        if portal == "bare":
            return page("无搜索市政务服务网", f'<h1>无搜索市政务服务网</h1>{LOGIN_BOX}{catalogue}<form action="feedback" '
                        'method="post"><label>留言 <input name="message"></label><button type="submit">提交</button></form>')
        if portal == "script":
            return page("脚本市政务服务网", SCRIPT_HOME)
        login = LOGIN_BOX if portal == "works" else ""
        return page("测试市政务服务网", f"<h1>测试市政务服务网</h1>{login}{search_form(portal)}{catalogue}")

    def results(self, portal: str, words: str) -> str:
        codes = found(words)
        if portal == "nothing":
            popular = "".join(f'<li><a href="/nothing/guide/{code}">{ITEMS[code]}</a></li>' for code in ("YL01", "JY01"))
            return page("搜索结果", f'<h2>站内搜索</h2><p>共找到 0 条结果，请尝试更换关键词。</p><h3>热门服务</h3><ul>{popular}</ul>')
        if portal == "similar":
            rows = "".join(f'<li><a href="/similar/guide/{code}" target="_blank">{ITEMS[code]}</a> '
                           f'<a href="/similar/apply/{code}" class="btn">在线办理</a></li>' for code in reversed(codes))
            return page("搜索结果", f"<h2>“{words}”的搜索结果</h2><ul>{rows}</ul>")
        first = {"deep": "area?code={code}", "works": "guide/{code}?t=" + str(int(time.time() * 1000))}
        target = first.get(portal, "guide/{code}")
        rows = "".join(f'<li><a href="/{portal}/{target.format(code=code)}">{ITEMS[code]}</a></li>' for code in codes)
        return page("搜索结果", f"<h2>站内搜索</h2>{search_form(portal)}<p>共找到 {len(codes)} 条结果</p><ul>{rows}</ul>")

    def choice(self, portal: str, step: str, query: dict[str, str]) -> str:
        """One choice page of the deep portal: its options lead to the next choice, the last to the guide."""
        at = [name for name, _, _ in CHOICES].index(step)
        _, heading, options = CHOICES[at]
        code = query.get("code", "")
        chosen = "".join(f"&{name}={query[name]}" for name, _, _ in CHOICES[:at] if name in query)
        following = CHOICES[at + 1][0] + f"?code={code}" if at + 1 < len(CHOICES) else f"guide/{code}?x=1"
        links = "".join(f'<li><a href="/{portal}/{following}{chosen}&{step}={n}">{option}</a></li>'
                        for n, option in enumerate(options))
        trail = f'<p>当前位置：<a href="/{portal}/">首页</a> &gt; <a href="/{portal}/search?keyword={quote(ITEMS.get(code, ""))}">站内搜索</a></p>'
        return page(heading, f'{trail}<h2>{heading}</h2><p>事项“{ITEMS.get(code, "")}”在多个地方实施，请先选择：</p><ul>{links}</ul>')

    def guide(self, portal: str, code: str) -> str:
        name = ITEMS[code]
        apply = {"deep": f'<button type="button" onclick="location.href=\'/deep/apply/{code}\'">网上办理</button>',
                 "script": f'<a href="/script/apply/{code}" target="_blank" class="btn">立即办理</a>'}
        if portal == "broken":
            apply["broken"] = f'<a href="{self.dead_entry if code == "YL01" else "/broken/apply/gone"}">在线办理</a>'
        button = apply.get(portal, f'<a href="/{portal}/apply/{code}" class="btn">在线办理</a>')
        table = (f"<table><tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施主体</th><td>区市场监督管理局</td></tr>"
                 "<tr><th>办理形式</th><td>窗口办理、网上办理</td></tr><tr><th>承诺时限</th><td>3个工作日</td></tr></table>")
        return page(f"{name} - 办事指南", f"<h1>{name}</h1>{table}<p>{button}</p>")

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def answer(self, status: int, content: str | bytes, kind: str = "text/html; charset=utf-8") -> None:
        body = content.encode("utf-8") if isinstance(content, str) else content
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass
