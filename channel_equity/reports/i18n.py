"""The report's languages: gettext catalogs under ``reports/locale``, compiled with Babel
when the report is rendered (no binary ``.mo`` files to keep in step with the ``.po``).

Message ids are the English wording; ``zh`` is the default language. A lookup that the
catalog lacks is remembered in :attr:`ReportTranslations.missing`, so a test can insist
that every visible string has a translation.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path
from typing import Final

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR: Final = Path(__file__).parent / "locale"
LANGUAGES: Final = ("zh", "en")
DEFAULT_LANGUAGE: Final = "zh"
HTML_LANG: Final = {"zh": "zh-CN", "en": "en"}


class ReportTranslations(gettext.GNUTranslations):
    """GNU translations that record message ids missing from the catalog."""

    missing: set[str]

    def gettext(self, message: str) -> str:
        if message not in self._catalog:  # type: ignore[attr-defined]
            self.missing.add(message)
        return super().gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        if (msgid1, 0) not in self._catalog:  # type: ignore[attr-defined]
            self.missing.add(msgid1)
        return super().ngettext(msgid1, msgid2, n)


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"


def load_translations(lang: str) -> ReportTranslations:
    """The compiled catalog of ``lang`` (``zh`` or ``en``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    with catalog_path(lang).open("rb") as po_file:
        catalog = read_po(po_file, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    translations = ReportTranslations(compiled)
    translations.missing = set()
    return translations
