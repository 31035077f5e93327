"""The report's comparison of one item across cities: a real store with guides of five cities, the real
`check` (so the findings are the rule's own), one finding dismissed by an inspector, the site rendered
in both languages; the matrix read back from the HTML."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from parsel import Selector
from sqlalchemy import select

from channel_equity.checks.runner import run_checks
from channel_equity.core.config import LoadedConfig, load_config
from channel_equity.core.observation import GuideObservation, Material
from channel_equity.reports.render import RenderResult, render_site
from channel_equity.store import Store, open_store, recording
from channel_equity.store.models import Finding
from channel_equity.store.reading import get_scan
from channel_equity.store.triage import Decision, decide, find_findings
from tests.reports.site_checks import WatchedPage, assert_links_resolve, launched_browser, serious_violations

PAYLOAD = "<script>alert('cmp')</script>"
CITIES = {"anhe": "安和市", "baishan": "白山市", "chengyang": "城阳市", "dongpu": "东浦市", "jinghai": "镜海市"}
CONFIG = "province: {id: demo, name: 示范省}\ndatabase: sqlite:///var/monitor.db\ncities:\n" + "".join(
    f'  - {{id: {city}, name: {name}, portal: "http://{city}.example.gov.cn/"}}\n' for city, name in CITIES.items()
) + """\
policy:
  standard_items:
    - {code: "XK-0012", name: 食品经营许可证核发, online: required, offline: required}
"""
DIGGING, DIGGING_CODE = "建设工程城市道路挖掘许可", "001104005000"
OCCUPYING, OCCUPYING_CODE = "城市道路占用许可", "001104006000"
TWO_CITIES = "只在两市办理的事项"
# the shared item, city by city: (visits, promised days, demanded materials, online, fee)
DIGGING_VALUES = {
    "anhe": (1, 5, 3, True, False),
    "baishan": (1, 5, 3, True, False),
    "chengyang": (1, 3, 3, True, False),
    "dongpu": (1, 5, 3, False, True),
    "jinghai": (1, 20, 8, True, None),  # days 20 > 5 + 5 and 8 papers > 3 + 2: worse; the fee not stated
}
HOSTILE_URL = 'http://jinghai.example.gov.cn/bszn?id=1&x="><script>alert(1)</script>'


def guide_url(city: str, number: int) -> str:
    return HOSTILE_URL if (city, number) == ("jinghai", 1) else f"http://{city}.example.gov.cn/bszn?id={number}"


def guide(city: str, number: int, name: str, basic: str | None, values: tuple[int, int, int, bool, bool | None],
          ) -> GuideObservation:
    visits, days, papers, online, fee = values
    usci = f"1133{list(CITIES).index(city):04d}MB0000000X"
    return GuideObservation(url=guide_url(city, number), name=name, item_code=f"{usci}2{basic}" if basic else None,
                            visits=visits, promised_days=days, online_available=online, fee=fee,
                            materials=[Material(name=f"材料{n}") for n in range(papers)])


def city_guides(city: str) -> list[GuideObservation]:
    guides = [guide(city, 1, PAYLOAD if city == "jinghai" else DIGGING, DIGGING_CODE, DIGGING_VALUES[city]),
              guide(city, 2, "食品经营许可证核发", None, (1, 30 if city == "anhe" else 1, 1, True, False))]
    if city in ("anhe", "baishan", "chengyang"):  # chengyang asks for a second visit
        guides.append(guide(city, 3, OCCUPYING, OCCUPYING_CODE, (2 if city == "chengyang" else 1, 5, 2, True, False)))
    if city in ("anhe", "baishan"):  # two cities only: never compared, however different
        guides.append(guide(city, 4, TWO_CITIES, "001104007000", (1 if city == "anhe" else 5, 1, 1, True, False)))
    return guides


@dataclass
class ComparedStore:
    loaded: LoadedConfig
    store: Store
    scan_id: int
    findings: dict[tuple[str, str], int]  # (city, dimension) -> cross-city finding id


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> ComparedStore:
    workdir = tmp_path_factory.mktemp("comparison-store")
    (workdir / "province.yaml").write_text(CONFIG, encoding="utf-8")
    loaded = load_config(workdir / "province.yaml")
    store = open_store(loaded.database_url())
    scan_id = recording.start_scan(store, "demo", None)
    for city in CITIES:
        recording.record_observations(store, scan_id, city, [(None, obs) for obs in city_guides(city)])
        recording.record_city_result(store, scan_id, city, portal_url=f"http://{city}.example.gov.cn/", status="ok")
    recording.finish_scan(store, scan_id)
    run_checks(loaded, store, scan_id)
    with store.session() as session:
        rows = session.scalars(select(Finding).where(Finding.rule == "cross-city-divergence")).all()
        findings = {(row.city_id, row.dimension or ""): row.id for row in rows}
    dismissed = find_findings(store, [str(findings["dongpu", "online_available"])])
    decide(store, dismissed, Decision("dismiss", "该市依法须现场核验", "inspector-li"))
    return ComparedStore(loaded, store, scan_id, findings)


def render(compared: ComparedStore, out: Path, lang: str, comparison_items: int = 30) -> RenderResult:
    scan = get_scan(compared.store, compared.scan_id)
    assert scan is not None
    return render_site(compared.loaded, compared.store, scan, out, lang, comparison_items=comparison_items)


@pytest.fixture(scope="module")
def sites(compared: ComparedStore, tmp_path_factory: pytest.TempPathFactory) -> dict[str, RenderResult]:
    out = tmp_path_factory.mktemp("comparison-report")
    return {lang: render(compared, out / lang, lang) for lang in ("zh", "en")}


def page(result: RenderResult, name: str) -> Selector:
    return Selector(text=(result.index.parent / name).read_text(encoding="utf-8"))


def item_section(site: Selector, name: str) -> Selector:
    [section] = [s for s in site.css("section.comparison-item") if s.css("h3::text").get("").strip() == name]
    return section


def row_of(section: Selector, city: str) -> Selector:
    [row] = [r for r in section.css("tbody tr") if r.css("th a::text").get() == CITIES[city]]
    return row


def cell(row: Selector, column: int) -> Selector:
    """The row's value cells by dimension: 0 visits, 1 days, 2 materials, 3 online, 4 fee."""
    return row.css("td")[1 + column]


def value_text(cell: Selector) -> str:
    return (cell.css("td > a:not(.marker)::text").get() or cell.xpath("normalize-space(text())").get() or "").strip()


def test_the_rule_fired_where_the_matrix_will_mark_it(compared: ComparedStore) -> None:
    """The fixture's premise, what `check` found in the store (a broken premise fails here first)."""
    assert set(compared.findings) == {("jinghai", "promised_days"), ("jinghai", "materials"),
                                      ("dongpu", "online_available"), ("dongpu", "fee"), ("chengyang", "visits")}


def test_each_city_value_with_its_guide_link_and_the_median(sites: dict[str, RenderResult]) -> None:
    digging = item_section(page(sites["en"], "comparison.html"), DIGGING)
    assert digging.css("h3 code::text").get() == DIGGING_CODE
    rows = digging.css("tbody tr")
    assert [r.css("th a::text").get() for r in rows] == list(CITIES.values())  # config order
    expected = {"anhe": ["1", "5", "3", "Yes", "No"], "dongpu": ["1", "5", "3", "No", "Yes"],
                "jinghai": ["1", "20", "8", "Yes", "—"], "chengyang": ["1", "3", "3", "Yes", "No"]}
    for city, values in expected.items():
        row = row_of(digging, city)
        assert [value_text(cell(row, n)) for n in range(5)] == values, city
        links = {a.attrib["href"] for a in row.css("td > a:not(.marker)")}
        assert links == {guide_url(city, 1)}, city  # every stated value opens the city's guide page
        assert all(a.attrib["rel"] == "external noopener noreferrer" for a in row.css("td > a:not(.marker)"))
    assert "—" not in row_of(digging, "jinghai").css("td a::text").getall()  # nothing stated, nothing linked
    medians = [td.xpath("normalize-space(text())").get() for td in digging.css("tfoot td")]
    assert medians[:3] == ["1", "5", "3"]
    assert medians[3:] == ["4 of 5: Yes", "3 of 4: No"]  # yes / no: the commoner answer of those stating it


def test_the_best_value_is_marked_where_the_cities_differ(sites: dict[str, RenderResult]) -> None:
    digging = item_section(page(sites["en"], "comparison.html"), DIGGING)
    best = {(row.css("th a::text").get(), n) for row in digging.css("tbody tr")
            for n in range(5) if "best" in cell(row, n).attrib["class"].split()}
    names = {name: city for city, name in CITIES.items()}
    assert {(names[city or ""], n) for city, n in best} == (
        {("chengyang", 1)}  # the fewest promised days
        | {(city, 2) for city in CITIES if city != "jinghai"}  # the fewest papers
        | {(city, 3) for city in CITIES if city != "dongpu"}  # handled online
        | {(city, 4) for city in CITIES if city not in ("dongpu", "jinghai")})  # no fee (jinghai states none)
    marked = cell(row_of(digging, "chengyang"), 1)
    assert marked.css(".marker-best::text").get() == "★ best"  # a visible marker, not colour only
    assert not any("best" in cell(row, 0).attrib["class"] for row in digging.css("tbody tr"))  # 1 visit everywhere


def test_worse_values_link_their_findings_and_a_dismissed_one_is_not_worse(
    sites: dict[str, RenderResult], compared: ComparedStore
) -> None:
    digging = item_section(page(sites["en"], "comparison.html"), DIGGING)
    worse = {(row.css("th a::text").get(), n): cell(row, n) for row in digging.css("tbody tr")
             for n in range(5) if "worse" in cell(row, n).attrib["class"].split()}
    assert set(worse) == {(CITIES["jinghai"], 1), (CITIES["jinghai"], 2), (CITIES["dongpu"], 4)}
    days = worse[CITIES["jinghai"], 1]
    finding = compared.findings["jinghai", "promised_days"]
    assert days.css("a.marker-worse::attr(href)").get() == f"finding/{finding}.html"
    assert days.css("a.marker-worse::text").get() == f"▼ worse, finding #{finding}"
    online = cell(row_of(digging, "dongpu"), 3)  # dismissed by an inspector: shown so, never as worse
    assert online.attrib["class"].split() == ["num", "dismissed"]
    dismissed = compared.findings["dongpu", "online_available"]
    assert online.css("a.marker-dismissed::attr(href)").get() == f"finding/{dismissed}.html"
    assert "Cities offering it: 5; open cross-city findings: 3." in digging.css("p.hint::text").get("")


def test_the_finding_page_links_its_row_of_the_matrix(sites: dict[str, RenderResult], compared: ComparedStore) -> None:
    site = sites["en"].index.parent
    for city, dimension in (("jinghai", "promised_days"), ("dongpu", "online_available")):
        finding = Selector(text=(site / "finding" / f"{compared.findings[city, dimension]}.html").read_text("utf-8"))
        [href] = finding.xpath("//dt[.='Across cities']/following-sibling::dd[1]/a/@href").getall()
        assert href.startswith("../comparison.html#item-") and href.endswith(f"-{city}")
        anchor = href.split("#", 1)[1]
        row = page(sites["en"], "comparison.html").css(f"tr#{anchor}")
        assert row.css("th a::text").get() == CITIES[city]
        # its evidence lists every compared city's guide page, under what they are
        pages = finding.xpath("//dt[starts-with(., 'Guide pages compared, one per city (')]"
                              "/following-sibling::dd[1]//li/text()").getall()
        assert len(pages) >= 3 and all(url.startswith("http://") for url in pages), pages


def test_items_are_ordered_by_divergence_and_an_item_in_two_cities_is_absent(sites: dict[str, RenderResult]) -> None:
    site = page(sites["en"], "comparison.html")
    assert [s.css("h3::text").get("").strip() for s in site.css("section.comparison-item")] == [DIGGING, OCCUPYING]
    text = site.get()
    assert TWO_CITIES not in text and "食品经营许可证核发" not in text  # too few cities; a standard item
    assert "Showing 2 of the 2 items compared." in text


def test_the_view_by_city_orders_cities_by_worse_values(sites: dict[str, RenderResult], compared: ComparedStore) -> None:
    site = page(sites["en"], "comparison-by-city.html")
    rows = site.css("table.comparison-cities tbody tr")
    assert [(r.css("th a::text").get(), r.xpath("normalize-space(td[last()])").get()) for r in rows] == [
        (CITIES["jinghai"], "2"), (CITIES["chengyang"], "1"), (CITIES["dongpu"], "1"),  # a tie: config order
        (CITIES["anhe"], "0"), (CITIES["baishan"], "0")]  # the dismissed finding is not counted for dongpu
    jinghai = site.css("section#city-jinghai tbody tr")
    assert [r.css("td::text").getall()[:3] for r in jinghai] == [["Promised days", "20", "5"],
                                                                  ["Materials demanded", "8", "3"]]
    finding = compared.findings["jinghai", "materials"]
    item_link, *_, finding_link = site.css(f"tr#finding-{finding} td a::attr(href)").getall()
    assert item_link.startswith("comparison.html#item-") and finding_link == f"finding/{finding}.html"
    assert site.css("nav.comparison-views a::attr(href)").getall() == ["comparison.html"]  # the other view
    assert page(sites["en"], "comparison.html").css("nav.comparison-views a::attr(href)").getall() == [
        "comparison-by-city.html"]


def test_scraped_text_is_escaped(sites: dict[str, RenderResult]) -> None:
    for result in sites.values():
        text = (result.index.parent / "comparison.html").read_text(encoding="utf-8")
        assert PAYLOAD not in text and "<script>alert(1)" not in text
        assert "&lt;script&gt;alert(&#39;cmp&#39;)&lt;/script&gt;" in text  # jinghai's name for the item
        assert 'x=&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in text  # its address, inside href="…"
        assert Selector(text=text).css("main script").getall() == []


def test_chinese_and_english_labels(sites: dict[str, RenderResult]) -> None:
    zh, en = page(sites["zh"], "comparison.html"), page(sites["en"], "comparison.html")
    assert zh.css("h1::text").get() == "同一事项跨城市比较" and en.css("h1::text").get() == "The same item across cities"
    assert zh.css("section.comparison-item")[0].css("thead th::text").getall()[:3] == ["城市", "办事指南", "到现场次数"]
    assert en.css("section.comparison-item")[0].css("thead th::text").getall()[2:] == [
        "On-site visits", "Promised days", "Materials demanded", "Handled online", "Fee charged"]
    digging = item_section(zh, DIGGING)
    assert value_text(cell(row_of(digging, "dongpu"), 4)) == "是"
    assert cell(row_of(digging, "chengyang"), 1).css(".marker-best::text").get() == "★ 最优"
    assert page(sites["zh"], "comparison-by-city.html").css("h2::text").get() == "按城市：劣于中位数的取值最多者在前"
    for result in sites.values():  # every string, the finding pages' dimension labels among them
        assert result.translations.missing == set()


def test_linked_from_the_index_and_printable(sites: dict[str, RenderResult]) -> None:
    for lang, label in (("zh", "同一事项跨城市比较"), ("en", "The same item across cities")):
        index = page(sites[lang], "index.html")
        assert index.xpath(f"//nav//a[.='{label}']/@href").get() == "comparison.html"
        site = sites[lang].index.parent
        assert sites[lang].printable[-2:] == [site / "comparison.html", site / "comparison-by-city.html"]


def test_items_beyond_the_limit_are_counted_and_their_findings_link_the_view_by_city(
    compared: ComparedStore, tmp_path: Path
) -> None:
    result = render(compared, tmp_path / "one", "en", comparison_items=1)
    site = page(result, "comparison.html")
    assert [s.css("h3::text").get("").strip() for s in site.css("section.comparison-item")] == [DIGGING]
    assert "1 more items are compared but not shown" in site.get()
    finding = compared.findings["chengyang", "visits"]
    page_text = (result.index.parent / "finding" / f"{finding}.html").read_text(encoding="utf-8")
    assert f'href="../comparison-by-city.html#finding-{finding}"' in page_text
    by_city = page(result, "comparison-by-city.html")
    assert by_city.css(f"tr#finding-{finding} td:first-child::text").get() == OCCUPYING  # named, not linked


def test_a_province_with_nothing_to_compare_says_so_and_prints_none(compared: ComparedStore, tmp_path: Path) -> None:
    store_dir = tmp_path / "empty"
    store_dir.mkdir()
    (store_dir / "province.yaml").write_text(CONFIG, encoding="utf-8")
    loaded = load_config(store_dir / "province.yaml")
    store = open_store(loaded.database_url())
    scan_id = recording.start_scan(store, "demo", None)
    recording.record_observations(store, scan_id, "anhe", [(None, obs) for obs in city_guides("anhe")])
    recording.finish_scan(store, scan_id)
    scan = get_scan(store, scan_id)
    assert scan is not None
    result = render_site(loaded, store, scan, tmp_path / "site", "en")
    assert "No item without a provincial standard is offered in 3 or more cities" in page(result, "comparison.html").get()
    assert result.index.parent / "comparison.html" in result.pages
    assert not [path for path in result.printable if "comparison" in path.name]


@pytest.mark.browser
def test_the_pages_in_chromium_accessible_and_linked_inside_the_site_but_for_the_guides(
    sites: dict[str, RenderResult]
) -> None:
    """The one way out of the report: a guide's own page, a plain link (no referrer, no opener)."""
    ids: dict[Path, set[str]] = {}
    with launched_browser() as browser:
        watched = WatchedPage(browser)
        for result in sites.values():
            for name in ("comparison.html", "comparison-by-city.html", "index.html"):
                path = result.index.parent / name
                assert serious_violations(WatchedPage(browser).open(path)) == [], path  # axe fetches the CSS itself
                page = watched.open(path)
                outside = page.evaluate("[...document.querySelectorAll('a[rel~=external]')].map(a => a.getAttribute('href'))")
                assert set(outside) <= {guide_url(city, 1) for city in CITIES} | {
                    guide_url(city, 3) for city in CITIES}, path
                assert_links_resolve(page, path, ids)  # every other link stays inside the site
            page = watched.open(result.index.parent / "comparison.html")
            page.emulate_media(media="print")
            second = page.locator("section.comparison-item").nth(1)
            assert second.evaluate("e => getComputedStyle(e).breakBefore") == "page"
            assert page.evaluate("getComputedStyle(document.querySelector('table.comparison thead')).display") == (
                "table-header-group")
            assert "<http://anhe.example.gov.cn/bszn?id=1>" in page.evaluate(
                "getComputedStyle(document.querySelector('a.guide-link'), '::after').content").replace('"', "")
    assert watched.problems == [] and watched.dialogs == []
