"""Scrapy spiders of channel-equity."""
