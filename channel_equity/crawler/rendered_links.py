"""What a single-page app shows only after clicks: its other catalog pages.

A rendered catalog often pages with buttons (``<button data-page="2">下一页</button>``) that
fetch the next page by script, with no URL to follow. After rendering, this script — run in
the page, as a citizen would click — presses 下一页 until it is gone or disabled (bounded),
and keeps a copy of every link it saw in a hidden list appended to the page, so that the
spider's ordinary link discovery finds them in the HTML it gets back.
"""

from __future__ import annotations

from typing import Any

from scrapy_playwright.page import PageMethod

MAX_CLICKS = 30
SETTLE_MS = 400

COLLECT_LINKS_JS = """
async () => {
  const seen = new Map();
  const collect = () => document.querySelectorAll('a[href]').forEach((a) => {
    const href = a.getAttribute('href');
    if (href && !seen.has(a.href)) seen.set(a.href, (a.textContent || '').trim().slice(0, 80));
  });
  const isNext = (el) => /^\\s*(下一页|下页|后一页|next|›|»|>)\\s*$/i.test(el.textContent || '')
    && !el.disabled && !/disabled/.test(el.className || '') && el.getAttribute('aria-disabled') !== 'true';
  const settle = () => new Promise((resolve) => setTimeout(resolve, __SETTLE_MS__));
  for (let click = 0; click < __MAX_CLICKS__; click += 1) {
    collect();
    const next = [...document.querySelectorAll('button, a:not([href]), a[href^="javascript"], span, li, div')]
      .filter((el) => el.children.length === 0 || el.tagName === 'BUTTON').find(isNext);
    if (!next) break;
    const before = document.body.innerText;
    next.click();
    await settle();
    if (document.body.innerText === before) break;
  }
  collect();
  const list = document.createElement('ul');
  list.hidden = true;
  list.setAttribute('data-collected-links', '');
  for (const [href, text] of seen) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    item.appendChild(link);
    list.appendChild(item);
  }
  document.body.appendChild(list);
}
""".replace("__MAX_CLICKS__", str(MAX_CLICKS)).replace("__SETTLE_MS__", str(SETTLE_MS))
"""Runs in the rendered page (a Playwright ``evaluate``); returns nothing, changes only the DOM."""


def render_meta() -> dict[str, Any]:
    """Request meta that has scrapy-playwright render the page, wait until the network is
    idle, then run ``COLLECT_LINKS_JS`` — for ``render: js`` cities, hash routes and shells."""
    return {"playwright": True,
            "playwright_page_methods": [PageMethod("wait_for_load_state", "networkidle"),
                                        PageMethod("evaluate", COLLECT_LINKS_JS)]}
