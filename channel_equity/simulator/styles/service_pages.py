"""The pages a portal has beside its guides: site search (and, on a portal whose search goes the
long way, the 选择区县 → 选择乡镇（街道） → 选择部门 pages between its results and the guide), the
FAQ (常见问题), the mobile channels page (移动端) and the app downloads it links.

A portal of a province built without probe features (``City.features`` is None) keeps only
the search page it always had, which finds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from channel_equity.simulator.model import GuideItem
from channel_equity.simulator.portal_features import MobileChannel, PortalFeatures, SlowPage
from channel_equity.simulator.styles.assets import APK_BYTES, APK_MIME, QR_PNG
from channel_equity.simulator.styles.exchange import Request, Response

if TYPE_CHECKING:
    from channel_equity.simulator.styles.base import PortalApp

SEARCH_PATH = "/search"
FAQ_PATH = "/help/faq.html"
MOBILE_PATH = "/help/mobile.html"
CHOICE_PAGES = ("area", "town", "dept")
"""The deep search's pages, in the order a citizen passes them (``/search/<page>``)."""
KIND_NAMES = {"app": "手机APP", "mini-program": "小程序", "public-account": "微信公众号"}


class ServicePages:
    """Search, FAQ and mobile channels of one portal."""

    def __init__(self, app: PortalApp) -> None:
        self.app = app

    @property
    def features(self) -> PortalFeatures | None:
        return self.app.city.features

    def chrome(self) -> dict[str, Any]:
        """What layouts and home pages show: the links to the FAQ and the mobile page, the
        search path, and the home page's injected accessibility defects."""
        features = self.features
        return {
            "faq_path": FAQ_PATH if features else None,
            "mobile_path": MOBILE_PATH if features else None,
            "search_path": SEARCH_PATH,
            "search_box": features is not None,
            "home_defects": {d.rule for d in features.axe_defects if d.page == "home"} if features else set(),
        }

    def chrome_paths(self) -> list[str]:
        return [FAQ_PATH, MOBILE_PATH] if self.features else []

    def slow_pages_by_path(self) -> dict[str, SlowPage]:
        """Path (as requested) -> the slow page planned there: the home page, the city's first
        readable guide (its first item; never the search journey's guide), or the online entry
        of its first readable guide with a plain web form."""
        features = self.features
        if features is None:
            return {}
        readable = self.app.city.readable_items()
        places = {"home": "/", "guide": self.app.guide_path(readable[0])}
        plain = [item for item in readable if item.entry == "form" and not item.captcha
                 and item.item_code != features.journey_code]
        if plain:
            places["entry"] = str(self.app.entry_path(plain[0]))
        return {places[slow.target]: slow for slow in features.slow_pages if slow.target in places}

    def slow_paths(self) -> dict[str, float]:
        """Path (as requested) -> seconds the server takes to answer it."""
        return {path: slow.seconds for path, slow in self.slow_pages_by_path().items()}

    def handle(self, request: Request) -> Response | None:
        path = request.path
        if path == SEARCH_PATH:
            return self.search(request.query.get("q", "").strip())
        features = self.features
        if features is None:
            return None
        if path.startswith(f"{SEARCH_PATH}/") and features.search == "deep":
            return self.choice(path.removeprefix(f"{SEARCH_PATH}/"), request.query)
        if path == FAQ_PATH:
            return self.app.render("common/faq.html", title="常见问题")
        if path == MOBILE_PATH:
            return self.app.render("common/mobile.html", title="移动端", channels=self.channel_rows(features))
        if path.startswith("/download/") and path.endswith(".apk"):
            slug = path.removeprefix("/download/").removesuffix(".apk")
            if any(c.slug == slug and c.download == "working" for c in features.channels):
                return Response(200, APK_BYTES, APK_MIME)
        if path.startswith("/static/banner/"):
            return Response(200, QR_PNG, "image/png")
        return None

    def search(self, keyword: str) -> Response:
        features = self.features
        found: list[GuideItem] = []
        if features is not None and features.search != "finds-nothing" and keyword:
            found = [item for item in self.app.items if keyword in item.name]
        results = [(item, self.result_link(item)) for item in found]
        return self.app.render("common/search.html", title="搜索", keyword=keyword, results=results)

    def result_link(self, item: GuideItem) -> str:
        features = self.features
        if features is not None and features.search == "deep":
            return f"{SEARCH_PATH}/{CHOICE_PAGES[0]}?code={item.item_code}"
        return self.app.guide_path(item)

    def choice(self, page: str, query: dict[str, str]) -> Response | None:
        """One of the deep search's choice pages: every option leads on to the next page, the
        last one to the guide."""
        item = self.app.by_code.get(query.get("code", ""))
        if item is None or page not in CHOICE_PAGES:
            return None
        chosen = f"?code={item.item_code}"
        if page == "area":
            options = [(name, f"{SEARCH_PATH}/town{chosen}&area={n}") for n, name in enumerate(self.areas())]
            heading = "请选择办理区县"
        elif page == "town":
            area = query.get("area", "0")
            options = [
                (name, f"{SEARCH_PATH}/dept{chosen}&area={area}&town={n}")
                for n, name in enumerate(self.towns())
            ]
            heading = "请选择乡镇（街道）"
        else:
            options = [(item.department, self.app.guide_path(item))]
            heading = "请选择实施部门"
        return self.app.render(
            "common/search_choice.html", title=heading, heading=heading, item=item, options=options
        )

    def areas(self) -> list[str]:
        return ["市本级", *self.app.city.counties]

    def towns(self) -> list[str]:
        return ["不限", *sorted({item.town for item in self.app.items if item.town})]

    @staticmethod
    def channel_rows(features: PortalFeatures) -> list[dict[str, Any]]:
        return [
            {
                "channel": channel,
                "kind_name": _kind_name(channel),
                "updated": channel.updated.isoformat(),
                "scan_text": _scan_text(channel),
            }
            for channel in features.channels
        ]


def _kind_name(channel: MobileChannel) -> str:
    if channel.kind == "mini-program":
        return "支付宝小程序" if "支付宝" in channel.name else "微信小程序"
    return KIND_NAMES[channel.kind]


def _scan_text(channel: MobileChannel) -> str:
    if channel.kind == "public-account":
        return "微信扫一扫，关注公众号"
    if channel.kind == "mini-program":
        return "支付宝扫一扫，进入小程序" if "支付宝" in channel.name else "微信扫一扫，进入小程序"
    return "扫码下载APP"
