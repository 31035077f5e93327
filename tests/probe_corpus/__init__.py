"""Blind probe corpora: city portals with planted cases for the browser-probe rules (see README.md)."""
