"""portals8: four portals of the fictional 汀州省, written blind and held out (see README.md)."""

from tests.corpora.layout import Corpus
from tests.corpora.portals8 import portal_heqiao, portal_lanshi, portal_pingling, portal_yunshao
from tests.corpora.portals8._common import PROVINCE
from tests.corpora.portals8.checks import extra_check

CORPUS = Corpus(
    name="portals8",
    title="portals8: SPA with JSON API, TRS county site (GBK), WeChat street-office posts, tabbed district hall",
    about=("Blind portal corpus 8 (汀州省): four real-world styles — a 一网通办 single-page app drawn from a JSON API "
           "with a 加载更多 catalogue, a TRS-WCM county site in GBK with a document.write pager and Word-pasted guides, "
           "a street office's WeChat posts with a getmsg JSON history, and a district hall whose guides hide their "
           "fields in tab panes and accordion panels. Truth typed by hand beside the markup; conventions in README.md."),
    builders=(portal_yunshao.build, portal_pingling.build, portal_lanshi.build, portal_heqiao.build),
    default_portal="heqiao",
    script_rendered=frozenset({"yunshao"}),
    meta_charset=True,
    size_limit=950_000,
    province=PROVINCE,
    extra_check=extra_check,
    held_out=True,
)
