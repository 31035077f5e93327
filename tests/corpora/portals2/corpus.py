"""The second blind portal corpus, held out: four static portals in styles the first lacks (see README.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tests.corpora.layout import Builder, Corpus
from tests.corpora.portals2 import checks, portal_heting, portal_jinshui, portal_sangyuan, portal_wangchuan
from tests.corpora.portals2.render_util import PortalBuild


def files_of(build: Callable[[], PortalBuild]) -> Builder:
    """A renderer's :class:`PortalBuild` as the harness's (files, truth entry), ``headers.json`` included."""
    def builder() -> tuple[dict[str, bytes], dict[str, Any]]:
        result = build()
        files = dict(result.site.files)
        files["headers.json"] = (json.dumps(result.headers, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        return files, result.truth
    return builder


CORPUS = Corpus(
    name="portals2",
    title="second blind corpus",
    about="Second blind test corpus: four portals written without reading the extractor, the simulator, the "
          "label tables or the first blind corpus's pages. Field values are in the vocabulary of "
          "channel_equity/observation.py (COMPARED_FIELDS); 'url' is the guide page (path + query on the "
          "portal); 'basic_code' and 'link_only_in_script' are informative extras, as in portals1.",
    builders=tuple(files_of(build) for build in (portal_wangchuan.build, portal_heting.build,
                                                  portal_sangyuan.build, portal_jinshui.build)),
    default_portal="wangchuan",
    size_limit=1_500_000,
    extra_check=checks.check_portal,
)
