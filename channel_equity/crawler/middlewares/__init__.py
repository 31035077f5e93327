"""The crawl's policies, each where Scrapy expects it; the spider only parses and follows.

- ``budget``: spider middleware — a portal's page budget and pagination-neutral link depth;
- ``routes``: dupefilter — a single-page app's hash routes are pages of their own, fetched once;
- ``js_shell``: downloader middleware — a page that is only a script shell is fetched again, rendered;
- ``backoff``: downloader middleware — a pause before a retried request goes out again.

``channel_equity.crawler.settings`` installs them.
"""
