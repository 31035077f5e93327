"""The first blind portal corpus: five static portals in five vendors' styles (see README.md)."""

from __future__ import annotations

from tests.corpora.layout import Corpus
from tests.corpora.portals1 import portal_bailu, portal_jinghe, portal_lingan, portal_qingxi, portal_yunxiu

CORPUS = Corpus(
    name="portals1",
    title="blind corpus",
    about="Blind test corpus: portals written without reading the extractor. Field values are in the "
          "vocabulary of channel_equity/observation.py (COMPARED_FIELDS); 'url' is the guide page "
          "(path + query on the portal); 'basic_code' and 'link_only_in_script' are informative extras.",
    builders=(portal_jinghe.build, portal_lingan.build, portal_qingxi.build, portal_yunxiu.build, portal_bailu.build),
    default_portal="jinghe",
    meta_charset=False,  # bailu's meta says gb2312 over a GB18030 body; lingan's guides rely on a BOM
    size_limit=1_600_000,
)
