"""Reads city portals into observations: Scrapy spiders, the generic extractor, the simulator."""
