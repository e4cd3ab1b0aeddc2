"""Benchmarks and the synthetic corpus they run on (test data, not part of `kg`)."""
