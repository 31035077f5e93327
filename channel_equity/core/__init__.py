"""Shared vocabulary every floor imports: config models, the observation model, charset
decoding, browser discovery, the label lexicon and text folding. Imports nothing above it."""
