"""A "200 OK" with nothing in it is a fault, not a page read again: it is recorded as
``empty-body``, the city is not ``ok``, and a finding about the page it replaced stays open."""

from __future__ import annotations

from pathlib import Path

from channel_equity.crawler.pages import is_empty_page
from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.running import run_cli
from tests.served import served_city

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>空页市政务服务网</title></head><body>
<h1>空页市政务服务网</h1><ul><li><a href="g1.html">食品经营许可</a></li><li><a href="g2.html">药品经营许可</a></li></ul>
</body></html>
"""
GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1><table>
<tr><th>事项名称</th><td>{name}</td></tr><tr><th>实施编码</th><td>{code}</td></tr>
<tr><th>办理形式</th><td>窗口办理、网上办理</td></tr><tr><th>承诺办结时限</th><td>5个工作日</td></tr>
</table><p>{notice}</p></body></html>
"""
LEGACY = "本系统只支持IE浏览器，请使用IE8及以上版本访问"


def test_what_counts_as_an_empty_page() -> None:
    for text in ("", "   \n", "<html><body></body></html>", "<html><head><title></title></head><body>&nbsp;</body></html>",
                 "<!-- nothing --><html></html>"):
        assert is_empty_page(text), text
    for text in ("[]", "{}", "<html><body><script src=app.js></script></body></html>",
                 '<frameset><frame src="main.html"></frameset>', "<p>维护中</p>", '<a href="next.html"></a>'):
        assert not is_empty_page(text), text


def files(g1: str) -> dict[str, str | bytes]:
    return {"index.html": HOME, "g1.html": g1, "g2.html": GUIDE.format(name="药品经营许可", code="KY0002", notice="")}


def test_an_empty_200_is_recorded_and_resolves_nothing(tmp_path: Path) -> None:
    with served_city(tmp_path, "empty", files(GUIDE.format(name="食品经营许可", code="KY0001", notice=LEGACY))) as city:
        first = run_cli("run", "--config", str(city.config), "--out", str(tmp_path / "report"))
        city.write(files(""))  # the guide with the IE demand now answers "200 OK" and nothing
        second = run_cli("run", "--config", str(city.config), "--out", str(tmp_path / "report"))
        db = city.db
    assert first.returncode == 0, first.stderr[-2000:]
    assert second.returncode == 3, second.stderr[-2000:]  # a coverage gap, said so
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        [city] = reading.city_results(store, scan.id)
        failures = [(f.url.rsplit("/", 1)[-1], f.kind, f.http_status) for f in reading.fetch_errors(store, scan.id)]
        legacy = [f for f in reading.findings(store, "all") if f.rule == "legacy-browser-required"]
        items = {name for _, obs in reading.load_observations(store, scan.id, "empty") for name in [obs.name]}
    finally:
        store.close()
    assert failures == [("g1.html", "empty-body", 200)]
    assert city.status == "partial" and city.error_count == 1
    assert items == {"药品经营许可"}, "the empty page yields no guide, and is no page read again"
    assert [f.status for f in legacy] == ["open"], "an empty answer does not resolve what the page showed"
    coverage = (tmp_path / "report" / "coverage.html").read_text(encoding="utf-8")
    assert "g1.html" in coverage
