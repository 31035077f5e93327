"""Renders findings from the store as a static HTML site and exports."""
