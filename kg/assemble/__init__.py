"""Building the graph: articles -> extractions -> merged nodes -> rdflib graph -> files.

`build()` is the whole job behind `kg build`: it reads each source (reporting
per-file problems and going on), extracts each article once (duplicates share
one extraction and keep every file as a source), merges what was found across
articles and languages (:mod:`kg.assemble.merge`, names resolved by
:mod:`kg.assemble.resolve`), turns the result into one RDF graph
(:mod:`kg.assemble.graph`) and writes the exports atomically.
"""

from kg.assemble.pipeline import BuildReport, build, build_graph, collect_sources

__all__ = ["BuildReport", "build", "build_graph", "collect_sources"]
