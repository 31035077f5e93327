"""portals5: four portals whose navigation exists only in frames, script, form posts or XHR."""

from __future__ import annotations

from tests.corpora.layout import Corpus
from tests.corpora.portals5 import checks, portal_chengling, portal_fengzhu, portal_lanchuan, portal_yutang

CORPUS = Corpus(
    name="portals5",
    title="portals5: navigation through frames, script, POST pagers and XHR lists",
    about="Blind corpus: four city portals whose guides are ordinary server-rendered pages, reachable only "
          "through frames, script-built links, ASP.NET postback pagers or XHR-fed lists. See README.md.",
    builders=(portal_lanchuan.build, portal_yutang.build, portal_chengling.build,
              portal_fengzhu.build),
    script_rendered=frozenset({"yutang", "fengzhu"}),
    default_portal="lanchuan",
    size_limit=1_500_000,
    extra_check=checks.extra_check,
    # First contact (before any fix, 2026-12-07), recall / field accuracy: lanchuan (frameset)
    # 0% / —, yutang (script-built) 50.0% / 92.31%, chengling (POST pager) 26.3% / 95.38%,
    # fengzhu (XHR list) 45.0% / 94.87%. After frames, postback pagers, clicks in rendered
    # catalogues and the hall fixes: 100% / 100% each, held at the corpus floors.
)
