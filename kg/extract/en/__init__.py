"""Placeholder until the en extractors land."""
