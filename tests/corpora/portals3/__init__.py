"""Portal corpus 3: its generators, its portals/ and truth.json (see README.md)."""
