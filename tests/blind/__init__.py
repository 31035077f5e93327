"""Blind test corpus: portals written without knowledge of the extractor (see README.md)."""
