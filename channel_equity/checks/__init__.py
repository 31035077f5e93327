"""Rules that turn stored observations into findings (one small unit per rule; see issue 3)."""
