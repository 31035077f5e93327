"""Blind corpora: portals and guide wording written without knowledge of the extractor (see README.md)."""
