"""Portal corpus 1: its generators, its portals/ and truth.json (see README.md)."""
