"""The ``channel-equity`` command line: the top floor, which may import every floor below."""

from channel_equity.cli.app import app

__all__ = ["app"]
