"""channel-equity: watches a province's government-service portals for channel-rule violations.

The sub-packages are the floors, each importing only the ones below it (``make lint`` checks):
``cli`` > ``reports`` > ``checks`` > ``crawler`` > ``store`` > ``core``; ``data`` holds the
lexicons and vocabularies as package data; ``simulator`` and ``quality`` (the simulated
province and the scoring against its ground truth) stand beside the product, which never
imports them.
"""

__version__ = "0.1.0"
