"""One module per rule (or per small family of rules sharing one judgement)."""
