"""A guide's identity from scan to scan: code, else name — and the page when names collide."""

from __future__ import annotations

from channel_equity.checks.context import stable_page_key
from tests.checks.rule_builders import make_context, observation, record

PORTAL = "http://127.0.0.1:8101"


def test_code_less_guides_sharing_a_name_never_merge_and_a_unique_name_stays_the_identity() -> None:
    street = record(observation(name="临时救助审批", url=f"{PORTAL}/jd/bszn.html?id=7&t=1733"), number=1)
    bureau = record(observation(name="临时救助审批", url=f"{PORTAL}/mzj/bszn.html?id=7"), number=2)
    alone = record(observation(name="居住证申领", url=f"{PORTAL}/gaj/bszn.html?id=9"), number=3)
    coded = record(observation(name="临时救助审批", item_code="11450100MB1234567X3000122014000",
                               url=f"{PORTAL}/x.html"), number=4)
    make_context([street, bureau, alone, coded])
    assert street.subject == "name:临时救助审批@/jd/bszn.html?id=7"
    assert bureau.subject == "name:临时救助审批@/mzj/bszn.html?id=7"
    assert alone.subject == "name:居住证申领", "a unique name keeps the identity it always had"
    assert coded.subject == "11450100MB1234567X3000122014000"


def test_the_same_guide_read_twice_is_one_identity() -> None:
    first = record(observation(name="临时救助审批", url=f"{PORTAL}/jd/bszn.html?id=7&t=1"), number=1)
    again = record(observation(name="临时救助审批", url=f"{PORTAL}/jd/bszn.html?t=2&id=7"), number=2)
    make_context([first, again])
    assert first.subject == again.subject == "name:临时救助审批"


def test_a_page_key_keeps_what_picks_the_guide_and_drops_visit_noise() -> None:
    assert stable_page_key("http://a.test/bs/detail.jsp;jsessionid=AB12?itemId=3&_=17&from=home") == \
        "/bs/detail.jsp?itemId=3"
    assert stable_page_key("https://b.test/g?b=2&a=1") == "/g?a=1&b=2"
