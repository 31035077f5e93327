"""What a rendered catalogue shows only after clicks: its other pages, tabs and script links.

Many catalogues page with buttons (``<button>下一页</button>``) that redraw the list by
script, switch departments with tabs, or open an item through a handler that builds its URL
(``javascript:goDetail(7,'个人')``, ``<tr onclick="openDetail('YT2004')">``). After rendering,
this script — run in the page, as a citizen would click — explores the page:

- it presses 下一页 until it is gone, disabled or changes nothing (bounded), and at every
  paging step it keeps every link it sees; then back with 上一页 to where it started;
- it clicks each script-only item (an ``onclick`` handler, a ``javascript:`` link) once;
  where the click would leave the page (``location.href = …``, ``window.open``, a form post),
  the Navigation API's ``navigate`` event and a stand-in ``window.open`` record the address
  and cancel the navigation, so the page stays and the next item is clicked; where the click
  redraws the page (a tab, a department), the new view is explored too, one level deep: the
  items and the pager the redraw brought, not the tabs beside it nor the pager of the list
  it hid (those are the outer view's, clicked in their turn); a list redrawn while hidden
  (the outer view paged on behind a tab) counts as a redraw;
- it appends a hidden list of every address it saw to the page, so that the spider's
  ordinary link discovery finds them in the HTML it gets back, and a list of the requests
  the page's scripts made for data — method and body too, recorded from the first script on
  (``RECORD_REQUESTS_JS``), since a list that is loaded by a form ``POST`` answers no ``GET``.

Nothing of the page runs outside the headless browser; the exploration is bounded in clicks
and in time (``EXPLORE_MS``), so a page whose script loops or traps cannot hold the crawl.
"""

from __future__ import annotations

import asyncio
from typing import Any

from playwright.async_api import Page
from scrapy_playwright.page import PageMethod

from channel_equity.crawler.failures import ScriptTimeoutError

MAX_PAGES = 30
"""下一页 presses per list view."""
MAX_ITEM_CLICKS = 150
"""Script-only items clicked per page."""
SETTLE_MS = 300
"""Wait after a click for the script (and its XHR) to redraw."""
EXPLORE_MS = 15_000
"""Time the exploration of one page may take, whatever the page does."""

COLLECT_LINKS_JS = """
async () => {
  const deadline = Date.now() + __EXPLORE_MS__;
  const seen = new Map();
  let current = '';
  const record = (url, text) => {
    try {
      const absolute = new URL(String(url), location.href).href;
      if (!/^https?:/i.test(absolute) || seen.has(absolute)) return;
      seen.set(absolute, (text || '').trim().slice(0, 80));
    } catch (error) { /* not an address */ }
  };
  const textOf = (el) => (el.textContent || el.getAttribute('title') || '').trim().replace(/\\s+/g, ' ');
  const collect = () => document.querySelectorAll('a[href]').forEach((a) => {
    if (!/^\\s*javascript:/i.test(a.getAttribute('href'))) record(a.href, textOf(a));
  });
  // Where a click would take the citizen: recorded, and the page stays.
  window.open = (url) => { if (url) record(url, current); return null; };
  if (window.navigation) {
    window.navigation.addEventListener('navigate', (event) => {
      if (event.hashChange || event.navigationType === 'traverse') return;
      record(event.destination.url, current);
      if (event.cancelable) event.preventDefault();
    });
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, __SETTLE_MS__));
  const enabled = (el) => !el.disabled && !/disabled/.test(el.className || '') && el.getAttribute('aria-disabled') !== 'true';
  const isNext = (el) => /^\\s*(下一页|下页|后一页|next|›|»|>)\\s*$/i.test(el.textContent || '') && enabled(el);
  const isPrevious = (el) => /^\\s*(上一页|上页|前一页|prev|previous|‹|«|<)\\s*$/i.test(el.textContent || '') && enabled(el);
  // ``outer``: the elements of the view a redraw came from (its tabs, its pager), left to that view.
  const pagerButton = (test, outer) => [...document.querySelectorAll('button, a:not([href]), a[href^="javascript"], span, li, div')]
    .filter((el) => (el.children.length === 0 || el.tagName === 'BUTTON') && !(outer && outer.has(el))).find(test);
  const findNext = (outer) => pagerButton(isNext, outer);
  // What a click may change: the text shown, or a list redrawn out of sight (a hidden tab's).
  const view = () => document.body.innerText + ' | ' + document.body.textContent;
  // Pages through the view as it first shows, and back: the items of every page are then
  // clicked from the first page on, before a tab or a department redraws the view for good.
  const pageThrough = async (find) => {
    let pages = 0;
    for (; pages < __MAX_PAGES__ && Date.now() < deadline; pages += 1) {
      collect();
      const button = pagerButton(find);
      if (!button) break;
      const before = view();
      button.click();
      await settle();
      if (view() === before) break;
    }
    return pages;
  };
  const skip = /登录|注册|退出|注销|删除|打印|关闭|收藏|分享|返回|上一页|上页|首页|尾页|末页|无障碍|长者|关怀|English/i;
  const trivial = /^\\s*javascript:\\s*(void\\s*\\(\\s*0?\\s*\\)|;)?\\s*;?\\s*$|window\\.(print|close)|history\\./i;
  const scriptItems = () => [...document.querySelectorAll('[onclick], a[href^="javascript:"], a[href^="JavaScript:"]')]
    .filter((el) => !isNext(el) && !skip.test(textOf(el)) && textOf(el).length <= 80)
    .filter((el) => !(el.tagName === 'A' && trivial.test(el.getAttribute('href') || '') && !el.getAttribute('onclick')
      && !el.dataset.dept && Object.keys(el.dataset).length === 0 && !el.closest('ul,ol,table,nav,[role=tablist]')));
  const clicked = new Set();
  const signature = (el) => el.tagName + '|' + (el.getAttribute('onclick') || '') + '|' + (el.getAttribute('href') || '')
    + '|' + textOf(el).slice(0, 40);
  const unclicked = (outer) => scriptItems().find((el) => !clicked.has(signature(el)) && !outer.has(el));
  let clicks = 0;
  const sweep = async (depth, outer) => {
    for (let page = 0; page < __MAX_PAGES__ && Date.now() < deadline; page += 1) {
      collect();
      // The items are looked up again after every click: a tab redraws its list, and the
      // elements found before are gone.
      for (let el = unclicked(outer); el; el = unclicked(outer)) {
        if (Date.now() > deadline || clicks >= __MAX_ITEM_CLICKS__) return;
        clicked.add(signature(el));
        const before = view();
        const present = new Set(document.body.querySelectorAll('*'));
        current = textOf(el);
        try { el.click(); } catch (error) { continue; }
        clicks += 1;
        await settle();
        if (view() !== before) {
          collect();
          if (depth < 1) await sweep(depth + 1, present);
        }
      }
      const next = findNext(outer);
      if (!next) return;
      const before = view();
      current = '';
      next.click();
      await settle();
      if (view() === before) return;
    }
  };
  if (await pageThrough(isNext) > 0) await pageThrough(isPrevious);
  await sweep(0, new Set());
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
  // The data the page fetched to draw itself (its catalogue's JSON): fetched again as pages,
  // asked as the page asked (RECORD_REQUESTS_JS); a request made before that record began
  // is known only by its address, and asked by GET.
  const data = document.createElement('ul');
  data.hidden = true;
  data.setAttribute('data-collected-data', '');
  const made = (window.__channelEquityRequests || []).filter((sent) => sent.url.startsWith(location.origin));
  const addresses = new Set(made.map((sent) => sent.url));
  const requests = made.concat(performance.getEntriesByType('resource')
    .filter((entry) => entry.initiatorType === 'fetch' || entry.initiatorType === 'xmlhttprequest')
    .map((entry) => entry.name).filter((url) => url.startsWith(location.origin) && !addresses.has(url))
    .map((url) => ({method: 'GET', url, body: '', type: ''})));
  const listed = new Set();
  for (const sent of requests) {
    const key = sent.method + ' ' + sent.url + ' ' + sent.body;
    if (listed.has(key)) continue;
    listed.add(key);
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = sent.url;
    if (sent.method !== 'GET') {
      link.setAttribute('data-method', sent.method);
      link.setAttribute('data-body', sent.body);
      link.setAttribute('data-type', sent.type);
    }
    item.appendChild(link);
    data.appendChild(item);
  }
  document.body.appendChild(data);
}
""".replace("__MAX_PAGES__", str(MAX_PAGES)).replace("__MAX_ITEM_CLICKS__", str(MAX_ITEM_CLICKS)) \
    .replace("__SETTLE_MS__", str(SETTLE_MS)).replace("__EXPLORE_MS__", str(EXPLORE_MS))
"""Runs in the rendered page (a Playwright ``evaluate``); returns nothing, changes only the DOM."""


MAX_RECORDED_REQUESTS = 200
"""Data requests of one page recorded with their method and body."""
MAX_RECORDED_BODY = 4000
"""Characters of a request body kept; a longer body is an upload, not a list's query."""

RECORD_REQUESTS_JS = """
(() => {
  const made = [];
  Object.defineProperty(window, '__channelEquityRequests', {value: made});
  const keep = (method, url, body, type) => {
    if (made.length >= __MAX_REQUESTS__) return;
    try {
      const text = typeof body === 'string' ? body : body instanceof URLSearchParams ? body.toString() : null;
      const verb = String(method || 'GET').toUpperCase();
      // A body that is no text (FormData, a file) cannot be asked again: such a request is not kept.
      if (verb !== 'GET' && verb !== 'HEAD' && body != null && (text === null || text.length > __MAX_BODY__)) return;
      if (body instanceof URLSearchParams && !type) type = 'application/x-www-form-urlencoded;charset=UTF-8';
      made.push({method: verb, url: new URL(String(url), location.href).href, body: text || '', type: type || ''});
    } catch (error) { /* not an address */ }
  };
  const sent = new WeakMap();
  const open = XMLHttpRequest.prototype.open;
  const setRequestHeader = XMLHttpRequest.prototype.setRequestHeader;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    sent.set(this, {method, url, type: ''});
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.setRequestHeader = function (name, value) {
    const request = sent.get(this);
    if (request && /^content-type$/i.test(name)) request.type = String(value);
    return setRequestHeader.call(this, name, value);
  };
  XMLHttpRequest.prototype.send = function (body) {
    const request = sent.get(this);
    if (request) keep(request.method, request.url, body, request.type);
    return send.call(this, body);
  };
  const fetchOriginal = window.fetch;
  if (fetchOriginal) {
    window.fetch = function (input, init) {
      try {
        const options = init || {};
        const headers = new Headers(options.headers || (input instanceof Request ? input.headers : undefined));
        keep(options.method || (input instanceof Request ? input.method : 'GET'),
             input instanceof Request ? input.url : input, options.body, headers.get('content-type'));
      } catch (error) { /* recorded or not, the page's fetch goes on */ }
      return fetchOriginal.apply(this, arguments);
    };
  }
})();
""".replace("__MAX_REQUESTS__", str(MAX_RECORDED_REQUESTS)).replace("__MAX_BODY__", str(MAX_RECORDED_BODY))
"""Runs before the page's own scripts: records each data request (XHR, fetch) as it is made."""


async def record_page_requests(page: Page, request: Any) -> None:
    """scrapy-playwright's page init callback: the page records its data requests from the start."""
    await page.add_init_script(RECORD_REQUESTS_JS)


async def collect_links(page: Page, timeout: float) -> None:
    """Run ``COLLECT_LINKS_JS`` in the page, bounded: a page whose own script loops for ever
    never lets it run (a page has one script thread), and Playwright's ``evaluate`` has no
    timeout of its own. Past ``timeout`` the fetch fails as ``script-timeout`` (the handler
    closes the page) and the scan goes on."""
    try:
        await asyncio.wait_for(page.evaluate(COLLECT_LINKS_JS), timeout)
    except TimeoutError:
        raise ScriptTimeoutError(f"the page's scripts did not finish within {timeout:g} s") from None


def render_meta(script_timeout: float) -> dict[str, Any]:
    """Request meta that has scrapy-playwright render the page (recording its data requests),
    wait until the network is idle, then collect its links (bounded by ``script_timeout``) — for
    ``render: js`` cities, hash routes, shells and catalogues whose items only a script opens."""
    return {"playwright": True,
            "playwright_page_init_callback": record_page_requests,
            "playwright_page_methods": [PageMethod("wait_for_load_state", "networkidle"),
                                        PageMethod(collect_links, script_timeout)]}
