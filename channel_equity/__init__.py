"""channel-equity: the core every stage shares (config models, observation model, store, CLI)."""

__version__ = "0.1.0"
