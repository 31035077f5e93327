"""The province config: YAML validated with pydantic, errors shown as one clear line each.

A user who breaks the config must learn the file, the field and what was expected, not
read a traceback; ``load_config`` turns every problem into a ``ConfigError`` saying so.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from croniter import croniter
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from channel_equity.core.extraction_overrides import ExtractionOverrides
from channel_equity.core.notify_targets import target_problem

CITY_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
LEVEL_NAMES = ("national", "province", "city", "county", "town", "village")


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file and the field."""


class StrictModel(BaseModel):
    """Unknown keys are typos more often than extensions: reject them."""

    model_config = ConfigDict(extra="forbid")


class Province(StrictModel):
    id: str
    name: str


class City(StrictModel):
    id: str = Field(description="stable id used in findings, lower-case letters, digits, - and _")
    name: str
    portal: str = Field(description="the portal home page (http/https URL)")
    catalog: str | None = Field(default=None, description="where the item catalog starts")
    channels_pages: list[str] = Field(
        default_factory=list,
        description="the portal's page(s) of apps, mini-programs and accounts, when the probes should not look "
                    "for them among the home page's links (probes.channel_page_words)")
    extraction: ExtractionOverrides = Field(default_factory=ExtractionOverrides)

    @field_validator("id")
    @classmethod
    def _id_is_slug(cls, value: str) -> str:
        if not CITY_ID_PATTERN.match(value):
            raise ValueError("expected a lower-case id such as 'jinghai' (letters, digits, - or _)")
        return value

    @field_validator("portal", "catalog")
    @classmethod
    def _is_http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"expected an http(s) URL, got {value!r}")
        return value

    @field_validator("channels_pages")
    @classmethod
    def _are_http_urls(cls, values: list[str]) -> list[str]:
        for value in values:
            cls._is_http_url(value)
        return values


class StandardItem(StrictModel):
    code: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    online: Literal["required", "optional", "only"] = "optional"
    offline: Literal["required", "optional"] = "required"
    max_visits: int | None = Field(default=None, ge=0)
    max_promised_days: int | None = Field(default=None, ge=0)
    max_materials: int | None = Field(default=None, ge=0)
    levels: list[Literal["national", "province", "city", "county", "town", "village"]] = Field(
        default_factory=list
    )
    village: Literal["required", "optional"] = "optional"


class AbolishedItem(StrictModel):
    code: str
    name: str


class Policy(StrictModel):
    standard_items: list[StandardItem] = Field(default_factory=list)
    abolished_items: list[AbolishedItem] = Field(default_factory=list)
    shared_data_materials: list[str] = Field(default_factory=list)
    immediate_share_min: float = Field(default=0.30, ge=0.0, le=1.0)
    unified_login_hosts: list[str] = Field(
        default_factory=list,
        description="hosts (host or host:port) of the province's unified identity service: an online entry "
                    "that asks the citizen to log in anywhere else demands a separate account (separate-login)")

    @field_validator("unified_login_hosts")
    @classmethod
    def _hosts_are_bare(cls, hosts: list[str]) -> list[str]:
        for host in hosts:
            if not re.match(r"^[A-Za-z0-9.-]+(:\d{1,5})?$", host):
                raise ValueError(f"expected a host or host:port such as 'tyrz.example.gov.cn', got {host!r}")
        return [host.lower() for host in hosts]


class CrawlSettings(StrictModel):
    """Politeness and limits; defaults suit a nightly scan of a dozen portals."""

    obey_robots: bool = True
    concurrency_per_portal: int = Field(default=4, ge=1, le=64)
    delay_seconds: float = Field(default=0.0, ge=0.0)
    timeout_seconds: float = Field(default=20.0, gt=0.0)
    retries: int = Field(default=2, ge=0, le=10)
    max_pages_per_portal: int = Field(default=5000, ge=1)
    max_depth: int = Field(default=8, ge=1)
    max_page_bytes: int = Field(default=10_000_000, ge=1000)
    user_agent: str = "channel-equity/0.1 (+provincial government-service compliance monitor)"
    autothrottle: bool = True
    incremental: bool = Field(
        default=True, description="ask the last scan's pages again only 'if changed' (ETag, Last-Modified, "
                                  "content hash): an unchanged guide is observed again without being parsed or stored")


class ProbeSettings(StrictModel):
    """The headless-browser probes that run after the crawl: how many at once, how long each may
    take, and how much of a large portal each scan samples."""

    enabled: bool = Field(default=True, description="run the probes after every scan (`scan --no-probes` skips)")
    concurrency: int = Field(default=4, ge=1, le=16, description="probe visits open at once (browser pages)")
    page_timeout_seconds: float = Field(default=20.0, gt=0.0, description="one page load")
    probe_timeout_seconds: float = Field(default=90.0, gt=0.0, description="one probe, all its page loads")
    entry_rotation: int = Field(
        default=1, ge=1, le=365,
        description="probe each online entry once every N scans (1: every entry every scan); a rotating "
                    "sample that covers every entry within N scans")
    legacy_user_agent: str = Field(
        default="Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
        description="the second user agent an entry is opened with, to catch pages that block Chromium only")
    guide_samples: int = Field(default=3, ge=0, le=100,
                               description="guides per city visited each scan (a different few each night)")
    accessibility_entries: int | None = Field(
        default=None, ge=0,
        description="online entries per city checked with axe-core each scan (a different few each night); "
                    "unset: every entry visited")
    accessibility: bool = Field(default=True, description="run axe-core on the home page, catalogue, the sampled "
                                                         "guides and entries")
    channel_page_words: list[str] = Field(
        default_factory=lambda: ["移动端", "移动政务", "移动服务", "移动应用", "掌上办", "掌上政务", "手机版", "手机客户端",
                                 "客户端下载", "APP下载", "App下载", "政务APP", "小程序", "新媒体"],
        description="words of a home-page link that leads to the portal's page of apps, mini-programs and "
                    "accounts (zombie-channel)")
    journeys: int = Field(
        default=1, ge=0, le=20,
        description="citizen journeys per city each scan (home page → site search → guide → apply), each for a "
                    "different guide with an online entry; 0: none")
    timing_samples: int = Field(
        default=3, ge=1, le=10,
        description="page loads timed per visited page that loaded in more than resample_over_seconds; the "
                    "slow-page rule judges their median, never one load")
    resample_over_seconds: float = Field(
        default=0.5, ge=0.0,
        description="a page whose first load took longer is timed again (timing_samples in all); keep it below "
                    "thresholds.slow_page_seconds")
    screenshots: bool = Field(default=True, description="keep a screenshot per probe")
    warc: bool = Field(default=True, description="keep a WARC of each probe's requests and responses")


class RuleSettings(StrictModel):
    """Per-rule settings: a province may change a rule's severity or switch it off."""

    enabled: bool = True
    severity: Literal["critical", "high", "medium", "low", "info"] | None = None


class NotifySettings(StrictModel):
    """Where ``run`` sends its digest after each run (Apprise URLs) and when.

    Secrets (passwords, bot tokens) never stand in the file: a target names them as ``${NAME}``
    and they are read from the environment only when a message is sent."""

    targets: list[str] = Field(
        min_length=1, description="Apprise URLs (mailto://, json://, dingtalk://, wecombot://, feishu://, ...); "
                                  "${NAME} is replaced from the environment at send time")
    when: Literal["always", "changes"] = Field(
        default="changes", description="always: after every run; changes: only when findings were opened, "
                                       "reopened or resolved, or some portal was not fully read")
    lang: Literal["zh", "en"] = "zh"
    title: str | None = Field(default=None, description="the message title's prefix (default: "
                                                         "'渠道公平监测 <province>' / 'channel-equity <province>')")
    top: int = Field(default=5, ge=0, le=50, description="findings listed by name per city and kind")
    report_url: str | None = Field(default=None, description="where the report site is published (http(s) "
                                                             "URL), linked instead of the local path")

    @model_validator(mode="before")
    @classmethod
    def _no_yaml_booleans_as_keys(cls, data: Any) -> Any:
        if isinstance(data, dict) and any(isinstance(key, bool) for key in data):
            raise ValueError("a key YAML reads as true/false (on, off, yes, no): the send condition is "
                             "spelt 'when: always' or 'when: changes'")
        return data

    @field_validator("targets")
    @classmethod
    def _targets_keep_secrets_out(cls, targets: list[str]) -> list[str]:
        for position, target in enumerate(targets):
            problem = target_problem(target)
            if problem is not None:
                raise ValueError(f"target {position + 1}: {problem}")
        return targets

    @field_validator("report_url")
    @classmethod
    def _report_url_is_http(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"expected an http(s) URL, got {value!r}")
        return value


class ComplaintSettings(StrictModel):
    """How long a city has to fix what a citizen complained about before the complaint is overdue."""

    deadline_working_days: int = Field(
        default=15, ge=1, le=365,
        description="a complaint still open this many working days (Monday to Friday, less `holidays`) after it "
                    "was received is flagged overdue")
    holidays: list[date] = Field(
        default_factory=list, description="public holidays that are no working day (YYYY-MM-DD)")
    workdays: list[date] = Field(
        default_factory=list, description="weekend days worked in lieu (调休上班), which count as working days")


class MonitorConfig(StrictModel):
    province: Province
    database: str | None = None
    schedule: str | None = Field(
        default=None, description="when `schedule` runs `run`: a cron expression in the machine's local time "
                                  "(five fields, e.g. '30 1 * * *'; an optional sixth is seconds)")
    timezone: str = Field(
        default="Asia/Shanghai", description="the province's IANA time zone: the report and the run's digest show "
                                             "times in it (Asia/Shanghai: 北京时间, Beijing time); the exports "
                                             "keep ISO-8601 UTC")
    cities: list[City] = Field(min_length=1)
    policy: Policy = Field(default_factory=Policy)
    thresholds: dict[str, Any] = Field(
        default_factory=dict,
        description="rule thresholds by name; the names and values are those the rules declare, checked "
                    "by channel_equity.checks.registry.validate_config (core cannot know the rules)",
    )
    rules: dict[str, RuleSettings] = Field(default_factory=dict, description="rule id -> settings")
    phrases: dict[str, list[str]] = Field(
        default_factory=dict, description="extra phrases per lexicon category, added to channel_equity/data/phrases.yaml"
    )
    crawl: CrawlSettings = Field(default_factory=CrawlSettings)
    probes: ProbeSettings = Field(default_factory=ProbeSettings)
    complaints: ComplaintSettings = Field(default_factory=ComplaintSettings)
    notify: NotifySettings | None = Field(
        default=None, description="notifications after each `run` (Apprise URLs, secrets from the environment)")

    @field_validator("schedule")
    @classmethod
    def _is_cron(cls, value: str | None) -> str | None:
        if value is not None and not croniter.is_valid(value):
            raise ValueError(f"expected a cron expression such as '30 1 * * *', got {value!r}")
        return value

    @field_validator("timezone")
    @classmethod
    def _is_time_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a directory such as "Asia"
            raise ValueError(f"expected an IANA time zone such as 'Asia/Shanghai' or 'Asia/Tokyo', got {value!r}"
                             ) from None
        return value

    def today(self) -> date:
        """Today's date in the province (a complaint received and due on the province's days)."""
        return datetime.now(ZoneInfo(self.timezone)).date()

    @model_validator(mode="after")
    def _city_ids_unique(self) -> MonitorConfig:
        seen: set[str] = set()
        for city in self.cities:
            if city.id in seen:
                raise ValueError(f"city id {city.id!r} appears twice; ids must be unique")
            seen.add(city.id)
        return self

    def city(self, city_id: str) -> City:
        for city in self.cities:
            if city.id == city_id:
                return city
        known = ", ".join(c.id for c in self.cities)
        raise ConfigError(f"no city {city_id!r} in the config (known: {known})")


class LoadedConfig(BaseModel):
    """A validated config and where it came from (relative paths resolve against it)."""

    path: Path
    monitor: MonitorConfig

    def database_url(self, override: str | None = None) -> str:
        """The store URL: ``--db`` wins, then ``database:``, else a SQLite file beside the config."""
        url = override or self.monitor.database
        if url is None:
            return f"sqlite:///{(self.path.parent / 'var' / 'monitor.db').resolve()}"
        match = re.match(r"^sqlite:///(?!/)(.+)$", url)
        if match:  # a relative SQLite path is relative to the config file, not the cwd
            return f"sqlite:///{(self.path.parent / match.group(1)).resolve()}"
        return url


def _field_path(location: tuple[int | str, ...], data: object) -> str:
    """Render a pydantic error location as ``cities[2].portal`` (with the city id when known)."""
    parts: list[str] = []
    node = data
    for key in location:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(node, list) and 0 <= key < len(node):
                node = node[key]
                if isinstance(node, dict) and isinstance(node.get("id"), str):
                    label = f"[{key}] (id {node['id']})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + key)
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "(top level)"


def describe_validation_error(path: Path, error: ValidationError, data: object) -> str:
    lines = []
    for item in error.errors():
        field = _field_path(tuple(item["loc"]), data)
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key (check the spelling; see the config reference in README.md)"
        elif item["type"] == "missing":
            message = "required field is missing"
        lines.append(f"{path}: {field}: {message}")
    return "\n".join(lines)


def load_config(path: str | Path) -> LoadedConfig:
    """Read and validate a config file, raising ``ConfigError`` with a readable message."""
    config_path = Path(path)
    try:
        text = config_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{config_path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{config_path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{config_path}: cannot read ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{config_path}: not valid YAML{where}: {problem}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{config_path}: expected a mapping with province, cities and policy at the top level")
    try:
        monitor = MonitorConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(config_path, exc, data)) from None
    return LoadedConfig(path=config_path.resolve(), monitor=monitor)
