"""Link discovery and page decoding on the markup real portals use."""

from __future__ import annotations

from channel_equity.core.charset import decode_page
from channel_equity.crawler.navigation import canonical_url, discover_links, is_pagination_text

ORIGIN = "http://127.0.0.1:9000/"

CATALOG_PAGE = """
<html><head><base href="/zwfw/"></head><body>
<div class="nav"><a href="/index.html">首页</a> <a href="list.html">办事指南</a> <a href="/login.jsp">登录</a>
<a href="http://other.example.gov.cn/x">外部链接</a> <a href="/doc/form.pdf">表格下载</a></div>
<ul>
 <li><a href="javascript:void(0)" onclick="openGuide('/guide/detail.jsp?id=A1')">食品经营许可证核发</a></li>
 <li><span data-href="/guide/detail.jsp?id=A2">药品零售企业许可</span></li>
 <li><a href="javascript:goPage('list.html?page=2')">下一页</a> <a href="list.html?page=3">3</a></li>
 <li><a href="#top">回到顶部</a><a href="#/guide?id=9">SPA 路由</a></li>
</ul></body></html>
"""


def test_links_from_href_onclick_data_attributes_and_javascript_pseudo_links() -> None:
    links = {link.url: link for link in discover_links(CATALOG_PAGE, "http://127.0.0.1:9000/zwfw/a.html", ORIGIN)}
    assert "http://127.0.0.1:9000/guide/detail.jsp?id=A1" in links
    assert "http://127.0.0.1:9000/guide/detail.jsp?id=A2" in links
    assert "http://127.0.0.1:9000/zwfw/list.html?page=2" in links
    assert links["http://127.0.0.1:9000/zwfw/list.html?page=3"].is_pagination
    assert links["http://127.0.0.1:9000/zwfw/list.html"].priority > links["http://127.0.0.1:9000/guide/detail.jsp?id=A2"].priority
    assert not any("other.example" in url or url.endswith(".pdf") or "login" in url for url in links)
    assert "http://127.0.0.1:9000/zwfw/#/guide?id=9" in links  # hash routes are pages of a SPA (base href applies)


def test_canonical_url_and_pagination_words() -> None:
    assert canonical_url("HTTP://127.0.0.1:80/a?b=1#x") == "http://127.0.0.1/a?b=1"
    assert is_pagination_text("下一页") and is_pagination_text(" 12 ") and not is_pagination_text("2026年12月")


def test_gb2312_declared_in_meta_only_is_read_as_gb18030() -> None:
    body = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>镕基证明 食品经营</p>'.encode("gb18030")
    page = decode_page(body, "text/html")
    assert page.text.endswith("镕基证明 食品经营</p>") and page.used == "gb18030" and page.method == "meta"


def test_wrong_header_charset_is_checked_before_it_is_believed() -> None:
    body = "<html><body>办理地点：市民中心一楼 窗口办理</body></html>".encode("gbk")
    page = decode_page(body, "text/html; charset=utf-8")
    assert "办理地点：市民中心一楼" in page.text and page.used == "gb18030"


def test_a_utf8_page_with_a_few_bad_bytes_stays_utf8_and_says_how_many() -> None:
    text = "<html><body>" + "办理形式：窗口办理、网上办理；承诺办结时限：5个工作日。" * 20 + "</body></html>"
    body = bytearray(text.encode("utf-8"))
    for at in (body.find("承诺".encode()), body.rfind("承诺".encode())):  # 2 bytes broken in a field
        body[at] = 0xFF
    page = decode_page(bytes(body), "text/html; charset=utf-8")
    assert page.used == "utf-8" and page.method == "repaired" and page.replaced == 6  # 0xFF + 2 orphans, twice
    assert page.text.count("办理形式：窗口办理、网上办理") == 20, "the rest of the page is read as it is"
    clean = decode_page(text.encode("utf-8"), None)
    assert clean.method == "detected" and clean.replaced == 0


def test_undecodable_bytes_never_raise() -> None:
    page = decode_page(bytes(range(256)) * 10, None)
    assert isinstance(page.text, str)


def test_links_only_a_script_writes_are_found_without_running_it() -> None:
    hanweb = """<div><script type="text/xml"><datastore><recordset>
      <record><![CDATA[<li><a href="/bszn/info.jsp?id=1">取水许可</a></li>]]></record>
      <record><![CDATA[<li><a href="/bszn/info.jsp?id=2">老年人优待证办理</a></li>]]></record>
    </recordset></datastore></script></div>"""
    trs = """<div class="page"><script>createPageHTML(3, 0, "index", "html");</script></div>
      <script>function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {}</script>"""
    origin = "http://127.0.0.1:8000/"
    hanweb_links = {link.url: link for link in discover_links(hanweb, origin + "col/1/index.html", origin)}
    assert set(hanweb_links) == {origin + "bszn/info.jsp?id=1", origin + "bszn/info.jsp?id=2"}
    assert hanweb_links[origin + "bszn/info.jsp?id=1"].text == "取水许可"
    pages = {link.url: link for link in discover_links(trs, origin + "bm/scj/index.html", origin)}
    assert set(pages) == {origin + "bm/scj/index.html", origin + "bm/scj/index_1.html", origin + "bm/scj/index_2.html"}
    assert all(link.is_pagination for link in pages.values())


def test_hash_routes_are_pages_of_their_own() -> None:
    from channel_equity.crawler.navigation import is_hash_route

    assert is_hash_route("http://127.0.0.1:8000/#/guide/17203") and is_hash_route("http://127.0.0.1:8000/#!/list")
    assert not is_hash_route("http://127.0.0.1:8000/guide.html#materials")
    assert canonical_url("http://127.0.0.1:8000/#/guide/1") != canonical_url("http://127.0.0.1:8000/#/guide/2")


def test_frames_and_iframes_are_followed_first_and_no_deeper() -> None:
    frameset = """<html><frameset rows="80,*"><frame src="top.html" name="top">
      <frameset cols="200,*"><frame src="left.html"><frame src="main/welcome.html" name="main"></frameset>
      </frameset></html>"""
    links = {link.url: link for link in discover_links(frameset, "http://p.test/", "http://p.test/")}
    assert set(links) == {"http://p.test/top.html", "http://p.test/left.html", "http://p.test/main/welcome.html"}
    assert all(link.is_frame and link.same_depth and not link.is_pagination for link in links.values())
    page = """<html><body><a href="/news.html">新闻</a><iframe src="list.asp?bmid=sj"></iframe>
      <iframe src="javascript:false"></iframe><iframe src="https://map.other.test/x"></iframe></body></html>"""
    ordered = discover_links(page, "http://p.test/bm/index.html", "http://p.test/")
    assert [link.url for link in ordered][0] == "http://p.test/bm/list.asp?bmid=sj", "a frame ranks before links"
    assert "https://map.other.test/x" not in {link.url for link in ordered}, "an off-site frame is not the portal"


def test_an_unclosed_link_ends_where_a_browser_ends_it() -> None:
    """Old catalogues leave ``<a>`` and ``<li>`` open; lxml would give the first link the text of
    every later one (its guide's name, when the guide labels none)."""
    html = ('<html><body><ul><li><a href="/g/1">食品经营许可<li><a href="/g/2">药品零售许可'
            '<li><a href="/g/3"><font color=red>建筑施工许可</ul></body></html>')
    found = [(link.url, link.text) for link in discover_links(html, "http://x/", "http://x/")]
    assert found == [("http://x/g/1", "食品经营许可"), ("http://x/g/2", "药品零售许可"), ("http://x/g/3", "建筑施工许可")]
