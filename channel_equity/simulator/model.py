"""The simulated province as data: cities, their guide items, and what was injected.

A ``GuideItem`` holds *normalised* values (the ones a perfect crawler would report in a
``GuideObservation``) plus the presentation choices a portal made (labels live on the city).
Portal styles render pages from these values and the ground truth is dumped from the same
objects, so a page and its truth cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from channel_equity.core.observation import CaseType, Channel, Level, MaterialForm
from channel_equity.simulator.catalog import AbolishedSeed, ItemSeed, Serves
from channel_equity.simulator.portal_features import PortalFeatures

EntryKind = Literal[
    "form",
    "login-form",
    "redirect-form",
    "form-maintainer-footer",
    "not-found",
    "server-error",
    "maintenance",
    "maintenance-503",
    "redirect-counter",
    "dead",
    "unified-login-form",
    "city-account-login",
    "script-maintenance",
    "blank-shell",
    "qr-only",
    "qr-with-form",
    "ua-sniff",
]
"""What following a guide's online entry leads to. The last seven are what a browser probe meets:
the province's unified identity service (a redirect to its own host), the city's own account
system, a loading page whose script goes on to a maintenance page, a shell whose script never
renders, a script-built QR code with no web form, a QR code beside a web form, and a form that
a user-agent check hides from any browser but IE."""

BROKEN_ENTRY_KINDS: frozenset[str] = frozenset(
    {"not-found", "server-error", "maintenance", "maintenance-503", "redirect-counter", "dead"}
)
"""Entries a crawl sees broken: in the HTTP status, the connection or the page's words."""
SCRIPT_BROKEN_ENTRY_KINDS: frozenset[str] = frozenset({"script-maintenance", "blank-shell"})
"""Entries broken only once their script runs: over plain HTTP each is a 200 loading page."""

Captcha = Literal["image", "image-audio", "slider"]
"""A CAPTCHA on an application form: an image, an image with a spoken alternative (语音验证码),
or a script-drawn slider (滑块验证)."""

LoginWall = Literal["page", "redirect"]
ImmediateTarget = Literal["low", "just-below", "at-min", "just-above", "above"]
"""Where a city's share of 即办件 is put against the province minimum: well below (``low``), one
guide short of it (``just-below``), exactly on it (``at-min``), one guide over it (``just-above``)
or comfortably above (``above``)."""
Outage = Literal["connection-refused", "http-503"]
"""How a down portal fails: nothing listens on its port, or every request answers HTTP 503."""
FrontDoor = Literal["plain", "transient-503", "robots-404", "home-redirect"]
"""How an up portal's front door behaves: normally; its home page answers 503 to the first
request only (a retry succeeds); robots.txt answers 404; or '/' redirects to '/index.html'."""


@dataclass
class MaterialSpec:
    """One 申请材料 row, normalised (``form``, ``exempt``) and as worded (``copies``, ``source``)."""

    name: str
    mtype: str  # 1 证件证书证明 · 2 申请表格文书 · 3 其他
    form: MaterialForm
    copies: str
    source: str
    exempt: bool = False
    exempt_note: str | None = None  # 免提交 / 由部门共享获取 / 已关联电子证照，免提交
    necessity: str = "必要"


@dataclass
class LocationSpec:
    """One 办理地点 (service hall or village/community centre)."""

    name: str
    level: Level
    address: str
    hours: str
    phone: str


@dataclass
class Notice:
    """A sentence a guide shows outside its fields (温馨提示), e.g. an app-only entry or an IE demand."""

    text: str
    kind: str
    qr_code: bool = False


@dataclass(frozen=True)
class Declared:
    """A rule outcome a scenario meant to produce: a violation or a trap (must not fire).
    ``on_entry``: a page-level outcome shown on the item's online entry page (the truth lists
    that path), not on its guide."""

    rule: str
    kind: str
    dimension: str | None = None
    on_entry: bool = False


@dataclass
class GuideItem:
    """One service guide of one city portal."""

    serial: int  # portal-local numeric id
    uid: str  # portal-local 32-hex id
    item_code: str
    basic_code: str
    name: str
    item_type: str
    department: str
    dept_key: str
    serves: Serves
    levels: list[Level]
    channels: list[Channel]
    online_available: bool
    entry: EntryKind | None
    online_depth: int | None
    visits: int
    visit_reason: str | None
    statutory_days: int
    promised_days: int
    case_type: CaseType
    fee: bool
    appointment: bool
    express: bool
    materials: list[MaterialSpec]
    locations: list[LocationSpec]
    seed: ItemSeed  # the item it implements (a standard item when ``standard`` is set)
    standard: ItemSeed | None
    county: str = ""  # where the implementing body sits (for halls a scenario adds)
    town: str = ""
    abolished: AbolishedSeed | None = None
    channel_text: str | None = None
    notices: list[Notice] = field(default_factory=list)
    login_wall: LoginWall | None = None
    captcha: Captcha | None = None  # on the application form its online entry leads to
    legal_basis: str = ""
    conditions: str = ""
    locked: set[str] = field(default_factory=set)  # aspects a scenario owns; others leave them alone
    scenarios: list[str] = field(default_factory=list)
    violations: list[Declared] = field(default_factory=list)
    traps: list[Declared] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        """A guide a crawler can read (not hidden behind a login wall)."""
        return self.login_wall is None


@dataclass(frozen=True)
class ChromeTraps:
    """Portal-wide markup that looks like a signal but is not one (recorded as traps on '/')."""

    html5shiv: bool = False  # <!--[if lt IE 9]> polyfill: not an IE demand
    modern_browser_hint: bool = False  # "本站已不再支持IE浏览器"
    footer_app_badge: bool = False  # "扫码下载APP" badge beside a working web channel
    login_links: bool = False  # 登录 | 注册 in the header of public pages


@dataclass
class City:
    """One city portal and everything it shows."""

    id: str
    name: str
    style: str
    up: bool
    charset: str
    region_code: str
    site_title: str
    app_name: str
    phone_area: str
    hours: str
    labels: dict[str, str]  # GuideObservation field (or extra key) -> this portal's label
    vocabulary_index: int  # which value vocabulary this portal uses
    counties: tuple[str, ...]
    chrome_traps: ChromeTraps
    immediate_target: ImmediateTarget
    items: list[GuideItem] = field(default_factory=list)
    seed_index: int = 0
    outage: Outage = "connection-refused"  # how it fails while ``up`` is false
    front_door: FrontDoor = "plain"  # how its front door behaves while ``up`` is true
    violations: list[Declared] = field(default_factory=list)  # city-level (immediate-share-low)
    traps: list[Declared] = field(default_factory=list)
    features: PortalFeatures | None = None  # what the probes meet beyond the guides (a probed province)

    def readable_items(self) -> list[GuideItem]:
        return [item for item in self.items if item.readable]

    def immediate_share(self) -> float:
        readable = self.readable_items()
        if not readable:
            return 0.0
        return sum(1 for item in readable if item.case_type == "immediate") / len(readable)


@dataclass
class Policy:
    """The province's policy lists, as they go into the config."""

    standard_items: list[ItemSeed]
    abolished_items: list[AbolishedSeed]
    shared_data_materials: list[str]
    immediate_share_min: float

    def standard(self, code: str) -> ItemSeed:
        for seed in self.standard_items:
            if seed.code == code:
                return seed
        raise KeyError(code)

    def as_config(self) -> dict[str, object]:
        """The ``policy:`` block of design.md's config format."""
        return {
            "standard_items": [seed.policy_entry() for seed in self.standard_items],
            "abolished_items": [{"code": a.code, "name": a.name} for a in self.abolished_items],
            "shared_data_materials": list(self.shared_data_materials),
            "immediate_share_min": self.immediate_share_min,
        }


@dataclass
class Province:
    """A whole simulated province; build it with ``build_demo_province``, ``build_large_province``,
    ``build_city_rules_province`` or ``build_lifecycle_provinces``."""

    id: str
    name: str
    seed: int
    policy: Policy
    cities: list[City]
    latency_ms: int = 0

    def city(self, city_id: str) -> City:
        for city in self.cities:
            if city.id == city_id:
                return city
        raise KeyError(f"no city {city_id!r} in the simulated province")
