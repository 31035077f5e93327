"""Portal corpus 2: its generators, its portals/ and truth.json (see README.md)."""
