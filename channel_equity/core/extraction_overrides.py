"""Per-portal extraction overrides: the place for site quirks, so that code stays generic.

A city's ``extraction:`` block in the YAML config is parsed into this model. Everything is
optional; a portal the generic extractor reads correctly needs none of it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class JsonApiOverrides(BaseModel):
    """How to read a portal whose guides come from a JSON API instead of HTML."""

    model_config = ConfigDict(extra="forbid")

    fields: dict[str, str] = Field(
        default_factory=dict,
        description="GuideObservation field -> dotted key path in the guide's JSON object (e.g. 'data.TASK_NAME')",
    )


class ExtractionOverrides(BaseModel):
    """Site quirks for one portal."""

    model_config = ConfigDict(extra="forbid")

    render: Literal["html", "js"] = Field(
        default="html", description="'js' renders pages in headless Chromium before extraction"
    )
    labels: dict[str, list[str]] = Field(
        default_factory=dict, description="extra label variants per GuideObservation field"
    )
    selectors: dict[str, str] = Field(
        default_factory=dict,
        description="GuideObservation field -> CSS selector (or XPath starting with '/') whose text is the value",
    )
    json_api: JsonApiOverrides | None = None
    catalog_link_texts: list[str] = Field(
        default_factory=list, description="extra link texts that lead to the item catalog"
    )
