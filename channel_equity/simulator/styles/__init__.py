"""Portal styles: one module per kind of vendor markup, all built on ``base.PortalApp``."""

from __future__ import annotations

from channel_equity.simulator.model import City, Province
from channel_equity.simulator.styles.base import PortalApp, Request, Response
from channel_equity.simulator.styles.identity import DEMO_IDENTITY_ORIGIN


def portal_classes() -> dict[str, type[PortalApp]]:
    from channel_equity.simulator.styles.bracket import BracketPortal
    from channel_equity.simulator.styles.deflist import DefinitionListPortal
    from channel_equity.simulator.styles.hanweb import HanwebPortal
    from channel_equity.simulator.styles.legacy import LegacyGbkPortal
    from channel_equity.simulator.styles.spa import JsonSpaPortal
    from channel_equity.simulator.styles.tabbed import TabbedPortal
    from channel_equity.simulator.styles.table import TablePortal
    from channel_equity.simulator.styles.table_login import DepartmentTablePortal

    classes: list[type[PortalApp]] = [
        TablePortal,
        DefinitionListPortal,
        BracketPortal,
        TabbedPortal,
        JsonSpaPortal,
        LegacyGbkPortal,
        HanwebPortal,
        DepartmentTablePortal,
    ]
    return {cls.style: cls for cls in classes}


UP_STYLES = ("table", "deflist", "bracket", "tabbed", "spa", "legacy", "hanweb", "table_login")
"""Every style that serves pages, in demo order; ``down`` is the ninth, which serves nothing."""


def portal_app(city: City, province: Province, identity_origin: str = DEMO_IDENTITY_ORIGIN) -> PortalApp:
    """The portal application that renders ``city``'s pages (its entries send citizens to the
    identity service at ``identity_origin``)."""
    if not city.up:
        raise ValueError(f"city {city.id} is down: it has no portal application")
    return portal_classes()[city.style](city, province, identity_origin)


__all__ = ["PortalApp", "Request", "Response", "UP_STYLES", "portal_app", "portal_classes"]
