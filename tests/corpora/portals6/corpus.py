"""portals6: four held-out static and script portals written blind (see README.md)."""

from __future__ import annotations

from tests.corpora.layout import Corpus
from tests.corpora.portals6 import portal_heyang, portal_lanxi, portal_qingshan, portal_songling
from tests.corpora.portals6.checks import extra_check

CORPUS = Corpus(
    name="portals6",
    title="portals6: four held-out city portals (prose, frames/script, unlabelled names, odd labels)",
    about="Held-out blind corpus: four city portals written without seeing the crawler, the extractor "
          "or the other corpora; see tests/corpora/portals6/README.md for the conventions.",
    builders=(portal_qingshan.build, portal_lanxi.build, portal_heyang.build,
              portal_songling.build),
    default_portal="qingshan",
    script_rendered=frozenset({"lanxi"}),
    size_limit=1_500_000,
    extra_check=extra_check,
    # Held out until the prose reader of issue 11 was in (2026-12-07). Its first scan, the honest
    # figure, recall / field accuracy: heyang 100% / 94.87%, lanxi 100% / 100%, qingshan 100% /
    # 76.50%, songling 100% / 93.85%. Fixed generically after that (see README "Restated"); no
    # longer held out: portals7 is.
)
