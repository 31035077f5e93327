"""The third blind portal corpus: three portals readable only through JavaScript or JSON (see README.md)."""

from __future__ import annotations

from tests.corpora.layout import Corpus
from tests.corpora.portals3 import checks, portal_chengyu, portal_shatang, portal_yaotai

CORPUS = Corpus(
    name="portals3",
    title="third blind corpus (JavaScript and JSON portals)",
    about="Third blind corpus: three script-rendered portals (hash-routed SPA over a camelCase JSON API; "
          "server pages whose guide is an UPPER_SNAKE data blob rendered by script; a shell fed by "
          "label/value JSON with Chinese labels). Truth follows portals1/README.md 'Truth conventions'; "
          "see portals3/README.md for URL conventions and judgement calls.",
    builders=(portal_yaotai.build, portal_shatang.build, portal_chengyu.build),
    default_portal="yaotai",
    script_rendered=frozenset({"yaotai", "shatang", "chengyu"}),
    size_limit=1024 * 1024,
    extra_check=checks.check_portal,
)
