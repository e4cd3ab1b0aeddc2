"""Who is who: person mentions of many articles joined by evidence, not by the name alone.

The folded Latin name (pinyin for Han names) only *proposes* candidates: it is
the blocking key, and every mention of one block falls in the same shard.
Context decides, as record-linkage tools do after blocking:

- different Han characters are different people, whatever their pinyin
  (traditional and simplified forms of one name are the same characters);
- mentions with roles at the same organisation, or at organisations one of
  which belongs to the other (the alias table's parents, parents an article
  states, a name and the same name with more words after it), are one person; an article that gives one person roles at A and at
  B joins the mentions at A and at B, across articles and languages;
- mentions with roles only at unrelated organisations are different people;
- a Latin-script mention with context joins the Han-script person its
  context supports (all of them when they share one Han name: the mention
  ties their organisations), or none when people of several Han names are
  supported; with nothing supported, it joins the only Han-script person of
  the block when their organisations cannot be compared (an English name
  and a Chinese name the alias table does not know may be one organisation); with no supported
  candidate it joins the only person of the block when that person has no
  context of their own;
- a mention with no context at all (a name in a list of attendees) joins a
  candidate only when there is exactly one.

A block that resolves to one person keeps the plain key (its IRI is the one a
name-keyed graph had); a block of several people gives each a key with a
discriminator drawn from its Han form and its organisations. Resolution is a
pure function of the mentions of one block, so a shard's nodes still depend
only on the articles that touch it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.assemble.resolve import Resolver, org_stem, person_key
from kg.hanzi import simplified
from kg.model import Extraction
from kg.vocab import Vocab

SEPARATOR = "~"  # between a block key and a discriminator: fold() never leaves it in a name


@dataclass(frozen=True)
class Sighting:
    """One article's mention of a person, with what tells people of one name apart."""

    article: str
    block: str  # the folded Latin name
    native: str  # the Han name in simplified characters, "" for a Latin-script mention
    orgs: frozenset[str]  # keys of the organisations the article gives the person a role at


@dataclass(frozen=True)
class ArticleContext:
    """The sightings of one article and the organisation parents it states (child key, parent key)."""

    article: str
    sightings: tuple[Sighting, ...] = ()
    parents: frozenset[tuple[str, str]] = frozenset()


@dataclass
class Identities:
    """(article, block, simplified Han name or "") -> person key, for mentions not keyed by the block alone."""

    keys: dict[tuple[str, str, str], str] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)

    def key(self, article: str, name: str, native: str | None) -> str:
        block = person_key(name)
        return self.keys.get((article, block, simplified(native or "")), block)

    def touches(self, article: str) -> bool:
        """True when some person of `article` has a key other than its block's."""
        return article in self.articles


def block_of(key: str) -> str:
    """The blocking key (folded name) of a person key."""
    return key.split(SEPARATOR, 1)[0]


def article_context(extraction: Extraction, resolver: Resolver) -> ArticleContext:
    """What one article tells about who its persons are."""
    ident = extraction.article.ident
    org_keys = resolver.org_keys(extraction)
    natives: dict[str, str] = {}
    for mention in extraction.persons:
        natives.setdefault(mention.name, simplified(mention.native or ""))
    orgs: dict[tuple[str, str], set[str]] = {
        (person_key(name), native): set() for name, native in natives.items()
    }
    for claim in extraction.roles:
        sighting = (person_key(claim.person), natives.get(claim.person, ""))
        orgs.setdefault(sighting, set()).add(resolver.org_key(claim.org, org_keys))
    for event in extraction.events:
        for part in event.participants:
            orgs.setdefault((person_key(part.person), natives.get(part.person, "")), set())
    parents = {
        (org_keys[m.name], resolver.org_key(m.parent, org_keys))
        for m in extraction.orgs
        if m.parent
    }
    sightings = tuple(
        Sighting(ident, block, native, frozenset(held))
        for (block, native), held in sorted(orgs.items())
    )
    return ArticleContext(ident, sightings, frozenset(parents))


class _Clusters:
    """Union-find over the sightings of one block."""

    def __init__(self, size: int):
        self.up = list(range(size))

    def find(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.up[max(a, b)] = min(a, b)


class _Hierarchy:
    """Which organisations belong to which: the alias table's parents and those articles state."""

    def __init__(self, vocab: Vocab, stated: Iterable[tuple[str, str]]):
        self.parents: dict[str, set[str]] = defaultdict(set)
        for key, entry in vocab.orgs.items():
            if entry.parent:
                self.parents[key].add(entry.parent)
        for child, parent in stated:
            if child != parent:
                self.parents[child].add(parent)
        self._above: dict[str, frozenset[str]] = {}
        self.known = frozenset(vocab.orgs)

    def comparable(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether two sets of organisation keys can tell people apart: some key of each is of the
        alias table (which knows names in both scripts), or both are names in one script. An English
        name and a Chinese name the table does not know may be one organisation: no evidence."""
        return any(
            (x in self.known and y in self.known) or _han(x) == _han(y) for x in a for y in b
        )

    def above(self, key: str) -> frozenset[str]:
        """`key` and every organisation it belongs to."""
        if key not in self._above:
            seen, todo = {key}, [key]
            while todo:
                for parent in self.parents.get(todo.pop(), ()):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            self._above[key] = frozenset(seen)
        return self._above[key]


def _han(key: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in key)


def _join_related(members: list[int], sightings: list[Sighting], clusters, hierarchy) -> None:
    """Union the sightings in `members` whose organisations are related (one within the other)."""
    holder: dict[
        str, int
    ] = {}  # organisation -> a sighting with a role at it (all such are joined)
    below: dict[str, list[int]] = defaultdict(list)  # organisation -> sightings at it or under it
    for i in members:
        for org in sorted(sightings[i].orgs):
            for above in hierarchy.above(org):
                if above in holder:
                    clusters.union(i, holder[above])
            if below.get(org):
                for j in below[org]:
                    clusters.union(i, j)
                below[org] = below[org][:1]  # one cluster now
            holder.setdefault(org, i)
            for above in hierarchy.above(org):
                below[above].append(i)
    roots: dict[int, set[str]] = defaultdict(set)  # then names that are one name (few clusters)
    for i in members:
        roots[clusters.find(i)].update(sightings[i].orgs)
    ordered = sorted(roots)
    for n, first in enumerate(ordered):
        for second in ordered[n + 1 :]:
            if any(_one_name(x, y) for x in roots[first] for y in roots[second]):
                clusters.union(first, second)


def _related(a: frozenset[str], b: frozenset[str], hierarchy: _Hierarchy) -> bool:
    return any(
        x in hierarchy.above(y) or y in hierarchy.above(x) or _one_name(x, y) for x in a for y in b
    )


def _one_name(a: str, b: str) -> bool:
    """Two organisation keys that are one name with or without a generic ending, or one name
    and a longer one starting with it ("haiyuanshipping", "haiyuanshippinggroup")."""
    x, y = sorted((org_stem(a), org_stem(b)), key=len)
    least = 4 if any("\u3400" <= ch <= "\u9fff" for ch in x) else 8
    return len(x) >= least and y.startswith(x)


def _resolve_block(sightings: list[Sighting], hierarchy: _Hierarchy) -> list[int]:
    """The cluster (a representative index) of each sighting of one block."""
    clusters = _Clusters(len(sightings))
    by_native: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sightings):
        by_native[s.native].append(i)

    def orgs_of(root: int, among: list[int]) -> frozenset[str]:
        return frozenset(o for i in among if clusters.find(i) == root for o in sightings[i].orgs)

    han_roots: list[int] = []
    for native in sorted(n for n in by_native if n):
        members = by_native[native]
        with_context = [i for i in members if sightings[i].orgs]
        bare = [i for i in members if not sightings[i].orgs]
        _join_related(with_context, sightings, clusters, hierarchy)
        roots = sorted({clusters.find(i) for i in with_context})
        target = roots[0] if len(roots) == 1 else None
        for i in bare[1:]:
            clusters.union(bare[0], i)
        if bare and target is not None:
            clusters.union(bare[0], target)
        han_roots.extend(sorted({clusters.find(i) for i in members}))

    latin = by_native.get("", [])
    latin_context = [i for i in latin if sightings[i].orgs]
    latin_bare = [i for i in latin if not sightings[i].orgs]
    _join_related(latin_context, sightings, clusters, hierarchy)
    han_members = [i for n, m in by_native.items() if n for i in m]
    han_orgs = {root: orgs_of(root, han_members) for root in han_roots}
    unsupported: list[int] = []
    for root in sorted({clusters.find(i) for i in latin_context}):
        orgs = orgs_of(root, latin_context)
        supported = [r for r in han_roots if han_orgs[r] and _related(orgs, han_orgs[r], hierarchy)]
        if len({sightings[r].native for r in supported}) == 1:  # one Han name: join them all
            for other in supported:
                clusters.union(root, other)
        elif (
            not supported
            and len(han_roots) == 1
            and not hierarchy.comparable(orgs, han_orgs[han_roots[0]])
        ):
            unsupported.append(root)
    if len(unsupported) == 1:  # nothing says otherwise; two such would be joined through it: none
        clusters.union(unsupported[0], han_roots[0])

    others = sorted({clusters.find(i) for i in range(len(sightings)) if i not in set(latin_bare)})
    for i in latin_bare[1:]:
        clusters.union(latin_bare[0], i)
    if latin_bare and len(others) == 1:
        clusters.union(latin_bare[0], others[0])
    return [clusters.find(i) for i in range(len(sightings))]


def _discriminator(members: list[Sighting]) -> str:
    natives = sorted({s.native for s in members if s.native})
    orgs = sorted({o for s in members for o in s.orgs})
    return "/".join([natives[0] if natives else "", orgs[0] if orgs else ""])


def resolve_identities(contexts: Iterable[ArticleContext], vocab: Vocab) -> Identities:
    """The person key of every sighting whose block holds more than one person."""
    blocks: dict[str, list[Sighting]] = defaultdict(list)
    stated: dict[str, set[tuple[str, str]]] = defaultdict(
        set
    )  # block -> parents its articles state
    for context in contexts:
        for sighting in context.sightings:
            blocks[sighting.block].append(sighting)
            stated[sighting.block].update(context.parents)
    identities = Identities()
    for block, sightings in sorted(blocks.items()):
        if len(sightings) < 2:
            continue
        sightings.sort(key=lambda s: (s.article, s.native))
        roots = _resolve_block(sightings, _Hierarchy(vocab, sorted(stated[block])))
        groups: dict[int, list[Sighting]] = defaultdict(list)
        for root, sighting in zip(roots, sightings, strict=True):
            groups[root].append(sighting)
        if len(groups) < 2:
            continue
        used: set[str] = set()
        for root in sorted(groups, key=lambda r: _discriminator(groups[r])):
            disc = _discriminator(groups[root])
            key = f"{block}{SEPARATOR}{disc}"
            n = 1
            while key in used:
                n += 1
                key = f"{block}{SEPARATOR}{disc}/{n}"
            used.add(key)
            for s in groups[root]:
                identities.keys[(s.article, s.block, s.native)] = key
                identities.articles.add(s.article)
    return identities


def contexts_of(extractions: Iterable[Extraction], vocab: Vocab) -> list[ArticleContext]:
    """The article context of each extraction."""
    resolver = Resolver(vocab)
    return [article_context(e, resolver) for e in extractions]


def no_identities() -> Identities:
    """Every person keyed by their block: what one article alone can say."""
    return Identities()
