"""Placeholder until the zh extractors land."""
