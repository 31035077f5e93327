"""probes2: four portals of 盲验省, a second blind corpus for the browser-probe rules (see README.md)."""
