"""No high-severity channel verdict on a guess, end to end: a guide whose channel label the
lexicon does not know but which links its own online entry never gets offline-only; a guide
with no channel information at all is counted as not judged, and the report's coverage page
says so; a guide that states counter-only under its channel label is still found."""

from __future__ import annotations

from pathlib import Path

import yaml

from channel_equity.store import reading
from channel_equity.store.session import open_store
from tests.corpora.serve import serve_portal
from tests.running import run_cli

HOME = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>猜测市政务服务网</title></head><body>
<h1>猜测市政务服务网</h1><ul>
<li><a href="g1.html">甲类许可</a></li><li><a href="g2.html">乙类许可</a></li><li><a href="g3.html">丙类许可</a></li>
</ul></body></html>
"""

GUIDE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body>
<h1>{name}</h1><table>
<tr><th>事项名称</th><td>{name}</td></tr>
<tr><th>实施编码</th><td>{code}</td></tr>
<tr><th>实施主体</th><td>猜测市市场监督管理局</td></tr>
<tr><th>办件类型</th><td>承诺件</td></tr>
<tr><th>承诺办结时限</th><td>5个工作日</td></tr>
{rows}
</table>{extra}</body></html>
"""

ITEMS = {
    # the channel field under a label the lexicon does not know, the guide's own online entry
    "g1": ("甲类许可", "AA0001", "<tr><th>服务渠道</th><td>到市民中心C区窗口</td></tr>"
           "<tr><th>办理地点</th><td>猜测市市民中心C区</td></tr>",
           '<p><a class="btn" href="/apply/AA0001">在线办理</a></p>'),
    # no channel information at all
    "g2": ("乙类许可", "AA0002", "", ""),
    # counter-only stated under the channel label: a real refusal of the online channel
    "g3": ("丙类许可", "AA0003", "<tr><th>办理形式</th><td>窗口办理</td></tr>", ""),
}


def test_guesses_are_not_judged_and_said_so_while_stated_channels_are(tmp_path: Path) -> None:
    root = tmp_path / "portals" / "guess"
    (root / "apply").mkdir(parents=True)
    (root / "index.html").write_text(HOME, encoding="utf-8")
    for page, (name, code, rows, extra) in ITEMS.items():
        (root / f"{page}.html").write_text(GUIDE.format(name=name, code=code, rows=rows, extra=extra),
                                           encoding="utf-8")
    (root / "apply" / "AA0001").write_text("<html><body><form><input name=a></form></body></html>",
                                           encoding="utf-8")
    policy = {"standard_items": [{"code": code, "name": name, "online": "required"}
                                 for name, code, _, _ in ITEMS.values()]}
    db = tmp_path / "m.db"
    with serve_portal(tmp_path / "portals", "guess") as portal:
        config = {"province": {"id": "test", "name": "测试省"}, "database": f"sqlite:///{db}",
                  "cities": [{"id": "guess", "name": "猜测市", "portal": portal}], "policy": policy}
        path = tmp_path / "province.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        result = run_cli("run", "--config", str(path), "--out", str(tmp_path / "report"), "--lang", "en")
    assert result.returncode == 0, result.stderr[-2000:]
    store = open_store(f"sqlite:///{db}")
    try:
        scan = reading.latest_scan(store)
        assert scan is not None
        offline = {f.item_name for f in reading.findings(store, "all") if f.rule == "offline-only"}
        gaps = {(g.rule, g.reason) for g in reading.not_judged(store, scan.id)}
    finally:
        store.close()
    assert offline == {"丙类许可"}, "only the guide that states counter-only; never the one with an online entry"
    assert ("offline-only", "1 guides list no online channel but link an online entry or state an online depth: "
            "not judged") in gaps, "甲类许可: counter read from its wording, its own online entry beside it"
    assert ("offline-only", "1 guides state no channel under a channel label (inferred or absent): not judged") \
        in gaps, "乙类许可: nothing said of channels is no verdict"
    coverage = (tmp_path / "report" / "coverage.html").read_text(encoding="utf-8")
    assert "offline-only" in coverage and "state no channel under a channel label" in coverage
