"""The RDF namespaces of the graph. The only module that spells out vocabulary IRIs."""

from rdflib import Namespace
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, URIRef

SDO = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
# Where the nodes of a built graph live. Minted only by kg.model.ids.
BASE = "https://kg.invalid/id/"


class KGV(DefinedNamespace):
    """The project vocabulary: only what schema.org, org, prov and oa do not say."""

    _NS = Namespace("https://kg.invalid/vocab#")
    _fail = True

    firstSeen: URIRef  # earliest article date that states a membership as held
    lastSeen: URIRef  # latest article date that states a membership as held
    endedBefore: URIRef  # earliest article date (after lastSeen) that calls a membership former
    status: URIRef  # "current" or "former" for a membership
    title: URIRef  # the title as printed in the article
    Participation: URIRef  # a person's part in an event (qualified attendance)
    participant: URIRef
    event: URIRef
    part: URIRef  # chair | speaker | reporter | host | visitor | met | accompanier | attendee
    participation: URIRef
    evidence: URIRef  # from a membership/participation to its evidence (prov:Entity + oa selectors)
    roleScheme: URIRef
    nameKey: URIRef  # a name as queries look it up: kg.vocab.fold of each name of a person or organisation


__all__ = ["BASE", "DCTERMS", "KGV", "OA", "ORG", "PROV", "RDF", "RDFS", "SDO", "SKOS", "XSD"]
