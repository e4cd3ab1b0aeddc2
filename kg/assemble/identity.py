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
  and a Chinese name the alias table does not know may be one organisation)
  and both hold a role of the same kind (a chairman is not joined to a Party
  secretary of another name's organisation on the name alone); with no supported
  candidate it joins the only person of the block when that person has no
  context of their own;
- a mention with no context at all (a name in a list of attendees) joins a
  candidate only when there is exactly one;
- none of these joins on the name alone is made for a name very many people
  share (kg/assemble/namesakes.py, decision 027): context must support it, and
  a role at a system of many bodies (the alias table's State Council, Party,
  UN: `umbrella_members` in kg/vocab/namesakes.yml) or at a body within one is
  no support for such a name: it ties its holder to thousands of namesakes.

A block that resolves to one person keeps the plain key (its IRI is the one a
name-keyed graph had); a block of several people gives each a key with a
discriminator drawn from its Han form and its organisations. Resolution is a
pure function of the mentions of one block, so a shard's nodes still depend
only on the articles that touch it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.assemble.namesakes import name_identifies
from kg.assemble.resolve import Resolver, is_han, latin_forms, person_key
from kg.hanzi import simplified
from kg.model import Extraction
from kg.orgnames import org_stem
from kg.vocab import Vocab, load_lexicon

SEPARATOR = "~"  # between a block key and a discriminator: fold() never leaves it in a name


@dataclass(frozen=True)
class Sighting:
    """One article's mention of a person, with what tells people of one name apart."""

    article: str
    block: str  # the folded Latin name
    native: str  # the Han name in simplified characters, "" for a Latin-script mention
    orgs: frozenset[str]  # keys of the organisations the article gives the person a role at
    name: str = ""  # the name as the article prints it (for people reading identity.tsv)
    roles: frozenset[str] = frozenset()  # the notations of the roles the article gives the person


@dataclass(frozen=True)
class ArticleContext:
    """The sightings of one article and the organisation parents it states (child key, parent key)."""

    article: str
    sightings: tuple[Sighting, ...] = ()
    parents: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True, order=True)
class IdentityRow:
    """One line of DIR/identity.tsv: two mentions joined (and why), or two nodes of one name
    kept apart (and why)."""

    block: str
    verdict: str  # "same" (joined) or "different" (kept apart)
    first: str  # a mention (article#name) for "same", a node key for "different"
    second: str
    reason: str
    mentions: int  # the mentions on both sides: how much a wrong decision would move


@dataclass
class Identities:
    """(article, block, simplified Han name or "") -> person key, for mentions not keyed by the block alone."""

    keys: dict[tuple[str, str, str], str] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    rows: list[IdentityRow] = field(default_factory=list)  # the decisions, for identity.tsv
    problems: list[str] = field(default_factory=list)  # judgements that could not be applied

    def key(self, article: str, name: str, native: str | None) -> str:
        block = person_key(name)
        return self.keys.get((article, block, simplified(native or "")), block)

    def touches(self, article: str) -> bool:
        """True when some person of `article` has a key other than its block's."""
        return article in self.articles

    def by_article(self) -> dict[str, tuple[tuple[str, str, str], ...]]:
        """Each article's entries of `keys` as sorted (block, native, key): all that :meth:`key`
        answers for that article beyond its blocks."""
        found: dict[str, list[tuple[str, str, str]]] = {}
        for (article, block, native), key in self.keys.items():
            found.setdefault(article, []).append((block, native, key))
        return {article: tuple(sorted(rows)) for article, rows in found.items()}


def block_of(key: str) -> str:
    """The blocking key (folded name) of a person key."""
    return key.split(SEPARATOR, 1)[0]


def _same_post(latin: frozenset[str], han: frozenset[str]) -> bool:
    """True when a Latin-script person's roles do not speak against the Han-script one's: the Han
    person holds no role, or the two hold a role of one kind."""
    return not han or bool(latin & han)


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
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim in extraction.roles:
        sighting = (person_key(claim.person), natives.get(claim.person, ""))
        orgs.setdefault(sighting, set()).add(resolver.org_key(claim.org, org_keys, extraction))
        roles[sighting].add(claim.role)
    for event in extraction.events:
        for part in event.participants:
            orgs.setdefault((person_key(part.person), natives.get(part.person, "")), set())
    parents = {
        (org_keys[m.name], resolver.org_key(m.parent, org_keys, extraction))
        for m in extraction.orgs
        if m.parent
    }
    printed: dict[tuple[str, str], str] = {}
    for mention in extraction.persons:
        native = simplified(mention.native or "")
        printed.setdefault((person_key(mention.name), native), mention.native or mention.name)
    sightings = tuple(
        Sighting(
            ident,
            block,
            native,
            frozenset(held),
            printed.get((block, native), ""),
            frozenset(roles.get((block, native), ())),
        )
        for (block, native), held in sorted(orgs.items())
    )
    return ArticleContext(ident, sightings, frozenset(parents))


class _Clusters:
    """Union-find over the sightings of one block, keeping the reason of each join, and refusing
    a join that would make one person of two mentions a user judged different."""

    def __init__(self, size: int, apart: Iterable[tuple[int, int]] = ()):
        self.up = list(range(size))
        self.joins: list[tuple[int, int, str]] = []  # (sighting, sighting, reason)
        self.apart = [(a, b) for a, b in apart]

    def find(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def union(self, i: int, j: int, reason: str = "") -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        for x, y in self.apart:
            if {self.find(x), self.find(y)} == {a, b}:
                return
        self.up[max(a, b)] = min(a, b)
        self.joins.append((i, j, reason))


def _table_parents(vocab: Vocab) -> tuple[tuple[str, str], ...]:
    return tuple((key, e.parent) for key, e in vocab.orgs.items() if e.parent)


def _umbrellas(vocab: Vocab) -> frozenset[str]:
    """The organisations the alias table places `umbrella_members` others or more under, at any
    depth (kg/vocab/namesakes.yml): systems of many bodies, not workplaces."""
    least = int(load_lexicon("namesakes")["umbrella_members"])
    children: dict[str, set[str]] = defaultdict(set)
    for key, parent in _table_parents(vocab):
        children[parent].add(key)
    found = set()
    for top in children:
        seen, todo = set(), [top]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child not in seen and child != top:
                    seen.add(child)
                    todo.append(child)
        if len(seen) >= least:
            found.add(top)
    return frozenset(found)


class _Hierarchy:
    """Which organisations belong to which: the alias table's parents and those articles state."""

    def __init__(self, vocab: Vocab, stated: Iterable[tuple[str, str]]):
        self.parents: dict[str, set[str]] = defaultdict(set)
        for key, parent in vocab.derived("table_parents", lambda: _table_parents(vocab)):
            self.parents[key].add(parent)
        for child, parent in stated:
            if child != parent:
                self.parents[child].add(parent)
        self._above: dict[str, frozenset[str]] = {}
        self.known = frozenset(vocab.orgs)
        self.umbrellas: frozenset[str] = vocab.derived("umbrellas", lambda: _umbrellas(vocab))

    def comparable(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether two sets of organisation keys can tell people apart: some key of each is of the
        alias table (which knows names in both scripts), or both are names in one script. An English
        name and a Chinese name the table does not know may be one organisation: no evidence."""
        return any(
            (x in self.known and y in self.known) or is_han(x) == is_han(y) for x in a for y in b
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

    def evidence(self, key: str, alone: bool) -> frozenset[str]:
        """The organisations a role at `key` ties a person to: `key` and every organisation it
        belongs to; for a name many people share (`alone` False), none that is a system of many
        bodies (a ministry's staff and a State Council member of one common name are not one
        person on that ground)."""
        above = self.above(key)
        if alone:
            return above
        return above - self.umbrellas


def _join_related(
    members: list[int], sightings: list[Sighting], clusters, hierarchy, alone: bool = True
) -> None:
    """Union the sightings in `members` whose organisations are related (one within the other);
    for a name many people share (`alone` False), not through a system of many bodies."""
    holder: dict[
        str, int
    ] = {}  # organisation -> a sighting with a role at it (all such are joined)
    below: dict[str, list[int]] = defaultdict(list)  # organisation -> sightings at it or under it
    for i in members:
        for org in sorted(sightings[i].orgs):
            ups = hierarchy.evidence(org, alone)
            if org not in ups:  # a role at a system itself: no evidence for this name
                continue
            for above in sorted(ups):
                if above in holder:
                    clusters.union(
                        i, holder[above], _why_org(org, above, "a role at", "belongs to")
                    )
            if below.get(org):
                for j in below[org]:
                    clusters.union(i, j, f"roles at {org} and at an organisation within it")
                below[org] = below[org][:1]  # one cluster now
            holder.setdefault(org, i)
            for above in sorted(ups):
                below[above].append(i)
    roots: dict[int, set[str]] = defaultdict(set)  # then names that are one name (few clusters)
    for i in members:
        roots[clusters.find(i)].update(_evident(sightings[i].orgs, hierarchy, alone))
    ordered = sorted(roots)
    for n, first in enumerate(ordered):
        for second in ordered[n + 1 :]:
            pair = next(
                (
                    (x, y)
                    for x in sorted(roots[first])
                    for y in sorted(roots[second])
                    if _one_name(x, y)
                ),
                None,
            )
            if pair:
                clusters.union(first, second, f"roles at {pair[0]} and {pair[1]}: one name")


def _evident(orgs: frozenset[str], hierarchy: _Hierarchy, alone: bool) -> frozenset[str]:
    """`orgs` but those that say nothing of who holds a role there: for a name many people share
    (`alone` False), a system of many bodies."""
    return orgs if alone else orgs - hierarchy.umbrellas


def _why_org(org: str, above: str, same: str, within: str) -> str:
    return f"{same} {org}" if org == above else f"roles at {org}, which {within} {above}"


def _related(
    a: frozenset[str], b: frozenset[str], hierarchy: _Hierarchy, alone: bool = True
) -> bool:
    a, b = _evident(a, hierarchy, alone), _evident(b, hierarchy, alone)
    return any(
        x in hierarchy.evidence(y, alone) or y in hierarchy.evidence(x, alone) or _one_name(x, y)
        for x in a
        for y in b
    )


def _one_name(a: str, b: str) -> bool:
    """Two organisation keys that are one name with or without a generic ending, or one name
    and a longer one starting with it ("haiyuanshipping", "haiyuanshippinggroup"); a Chinese
    and an English name, when the English one is a rendering of the Chinese (latin_forms:
    "盛达能源集团", "shengdaenergygroup")."""
    if is_han(a) != is_han(b):
        han, latin = (a, b) if is_han(a) else (b, a)
        return any(_prefix_of(form, org_stem(latin), 8) for form in latin_forms(han))
    stem = org_stem(a)
    return _prefix_of(stem, org_stem(b), 4 if is_han(stem) else 8)


def _prefix_of(a: str, b: str, least: int) -> bool:
    """Whether the shorter of two names, `least` characters or more, starts the longer."""
    x, y = sorted((a, b), key=len)
    return len(x) >= least and y.startswith(x)


def _resolve_block(
    sightings: list[Sighting],
    hierarchy: _Hierarchy,
    judged: Iterable[tuple[bool, int, int, str]] = (),
) -> _Clusters:
    """The clusters of the sightings of one block (`judged`: the user's (same?, i, j, reason))."""
    judged = list(judged)
    clusters = _Clusters(len(sightings), [(i, j) for same, i, j, _ in judged if not same])
    for same, i, j, reason in judged:
        if same:
            clusters.union(i, j, reason)
    alone = all(name_identifies(s.native, s.name) for s in sightings)  # the name may be enough
    by_native: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sightings):
        by_native[s.native].append(i)

    def orgs_of(root: int, among: list[int]) -> frozenset[str]:
        return frozenset(o for i in among if clusters.find(i) == root for o in sightings[i].orgs)

    def roles_of(root: int) -> frozenset[str]:
        every = range(len(sightings))
        return frozenset(r for i in every if clusters.find(i) == root for r in sightings[i].roles)

    han_roots: list[int] = []
    for native in sorted(n for n in by_native if n):
        members = by_native[native]
        with_context = [i for i in members if sightings[i].orgs]
        bare = [i for i in members if not sightings[i].orgs]
        _join_related(with_context, sightings, clusters, hierarchy, alone)
        roots = sorted({clusters.find(i) for i in with_context})
        target = roots[0] if len(roots) == 1 else None
        for i in bare[1:] if len(roots) <= 1 and alone else ():  # several people: none joined
            clusters.union(bare[0], i, f"the same Han name {native}, no organisation of its own")
        if bare and target is not None and alone:
            clusters.union(
                bare[0], target, f"no organisation of its own; the only {native} with one"
            )
        han_roots.extend(sorted({clusters.find(i) for i in members}))

    latin = by_native.get("", [])
    latin_context = [i for i in latin if sightings[i].orgs]
    latin_bare = [i for i in latin if not sightings[i].orgs]
    _join_related(latin_context, sightings, clusters, hierarchy, alone)
    han_members = [i for n, m in by_native.items() if n for i in m]
    han_orgs = {root: orgs_of(root, han_members) for root in han_roots}
    unsupported: list[int] = []
    matched = False  # some Latin-script cluster was joined to a Han-script one by its context
    for root in sorted({clusters.find(i) for i in latin_context}):
        orgs = orgs_of(root, latin_context)
        supported = [
            r for r in han_roots if han_orgs[r] and _related(orgs, han_orgs[r], hierarchy, alone)
        ]
        if len({sightings[r].native for r in supported}) == 1:  # one Han name: join them all
            matched = True
            for other in supported:
                clusters.union(
                    root,
                    other,
                    f"Latin-script name with roles at {', '.join(sorted(orgs))}, related to "
                    f"{sightings[other].native}'s {', '.join(sorted(han_orgs[other]))}",
                )
        elif (
            not supported
            and len(han_roots) == 1
            and not hierarchy.comparable(orgs, han_orgs[han_roots[0]])
            and _same_post(roles_of(root), roles_of(han_roots[0]))
        ):
            unsupported.append(root)
    # nothing says otherwise (two such would be joined through it; one whose Han-script person
    # already has an English context of its own would be a second, unrelated one): join
    if len(unsupported) == 1 and not matched and alone:
        clusters.union(
            unsupported[0],
            han_roots[0],
            f"Latin-script name; the only Han-script person of the name "
            f"({sightings[han_roots[0]].native}), organisations in two scripts not comparable",
        )

    others = sorted({clusters.find(i) for i in range(len(sightings)) if i not in set(latin_bare)})
    for i in latin_bare[1:] if len(others) <= 1 and alone else ():  # several people: none joined
        clusters.union(latin_bare[0], i, "the same name, no context either way")
    if latin_bare and len(others) == 1 and alone:
        clusters.union(latin_bare[0], others[0], "no context of its own; the only candidate")
    return clusters


def _discriminator(members: list[Sighting]) -> str:
    natives = sorted({s.native for s in members if s.native})
    orgs = sorted({o for s in members for o in s.orgs})
    return "/".join([natives[0] if natives else "", orgs[0] if orgs else ""])


def _mention(s: Sighting) -> str:
    return f"{s.article}#{s.name or s.native or s.block}"


def _name_groups(block: str, groups: dict[int, list[Sighting]]) -> dict[int, str]:
    """The key of each person of a block. The person seen in the most articles keeps the plain
    key (the IRI a name-keyed graph gave it: a namesake who appears later does not rename it);
    the others get the block, `~`, their Han name and first organisation."""
    if len(groups) == 1:
        return dict.fromkeys(groups, block)

    def weight(root: int) -> tuple:
        return (-len({s.article for s in groups[root]}), _discriminator(groups[root]))

    ordered = sorted(groups, key=weight)
    keys = {ordered[0]: block}
    used = {block}
    for root in sorted(ordered[1:], key=lambda r: _discriminator(groups[r])):
        disc = _discriminator(groups[root])
        key = f"{block}{SEPARATOR}{disc}"
        n = 1
        while key in used:
            n += 1
            key = f"{block}{SEPARATOR}{disc}/{n}"
        used.add(key)
        keys[root] = key
    return keys


def _apart_reason(a: list[Sighting], b: list[Sighting], judged: bool) -> str:
    if judged:
        return "judged different (judgements file)"
    han_a, han_b = {s.native for s in a if s.native}, {s.native for s in b if s.native}
    if han_a and han_b and not han_a & han_b:
        return f"different Han names ({'/'.join(sorted(han_a))} and {'/'.join(sorted(han_b))})"
    orgs_a, orgs_b = sorted({o for s in a for o in s.orgs}), sorted({o for s in b for o in s.orgs})
    if orgs_a and orgs_b:
        return f"roles at unrelated organisations ({', '.join(orgs_a)} | {', '.join(orgs_b)})"
    return "nothing ties them: more than one candidate"


def _matches(ref, sightings: list[Sighting], keys_of: list[str]) -> list[int]:
    if ref.node:
        return [i for i, key in enumerate(keys_of) if key == ref.node]
    return [
        i
        for i, s in enumerate(sightings)
        if s.article == ref.article and s.block == ref.block and s.native == ref.native
    ]


def resolve_identities(
    contexts: Iterable[ArticleContext], vocab: Vocab, judgements: Iterable = ()
) -> Identities:
    """The person key of every sighting whose block holds more than one person, the decisions
    made (`rows`, sorted), and the judgements that could not be applied (`problems`)."""
    identities = resolve_parts([contexts], vocab, judgements)
    identities.rows.sort()
    return identities


def resolve_parts(
    parts: Iterable[Iterable[ArticleContext]],
    vocab: Vocab,
    judgements: Iterable = (),
    take_rows: Callable[[list[IdentityRow]], None] | None = None,
) -> Identities:
    """:func:`resolve_identities` over contexts given in parts, each holding every sighting of
    its blocks (a build cuts each article's context by block, kg.assemble.identity_spill): only
    one part is in memory at a time. Blocks are independent, so the keys are those of one call
    over all the contexts. Each part's rows, sorted, are handed to `take_rows` when given
    (then not kept), else kept in `rows` in the order made."""
    judgements = list(judgements)
    identities = Identities()
    used_judgements: set[int] = set()
    for contexts in parts:
        _resolve_part(contexts, vocab, judgements, identities, used_judgements)
        if take_rows is not None:
            identities.rows.sort()
            take_rows(identities.rows)
            identities.rows = []
    for j in judgements:
        if j.line not in used_judgements:
            identities.problems.append(
                f"judgements line {j.line}: {j.first} and {j.second} are not two mentions of one "
                f"name in this build; not applied"
            )
    return identities


def _resolve_part(
    contexts: Iterable[ArticleContext],
    vocab: Vocab,
    judgements: list,
    identities: Identities,
    used_judgements: set[int],
) -> None:
    """Resolve the blocks of `contexts` into `identities` (keys, articles, rows); the lines of
    the judgements applied are added to `used_judgements`."""
    blocks: dict[str, list[Sighting]] = defaultdict(list)
    stated: dict[str, set[tuple[str, str]]] = defaultdict(
        set
    )  # block -> parents its articles state
    for context in contexts:
        for sighting in context.sightings:
            blocks[sighting.block].append(sighting)
            stated[sighting.block].update(context.parents)
    for block, sightings in sorted(blocks.items()):
        sightings.sort(key=lambda s: (s.article, s.native))
        hierarchy = _Hierarchy(vocab, sorted(stated[block]))
        mine = [
            j
            for j in judgements
            if block in {block_of(r.node) if r.node else r.block for r in (j.first, j.second)}
        ]
        judged: list[tuple[bool, int, int, str]] = []
        if mine:
            first_pass = _keys_of(block, sightings, _resolve_block(sightings, hierarchy))
            for j in mine:
                left = _matches(j.first, sightings, first_pass)
                right = _matches(j.second, sightings, first_pass)
                if left and right:
                    used_judgements.add(j.line)
                    judged += [(j.same, a, b, j.reason) for a in left for b in right]
        if len(sightings) < 2:
            continue
        clusters = _resolve_block(sightings, hierarchy, judged)
        groups: dict[int, list[Sighting]] = defaultdict(list)
        for i, sighting in enumerate(sightings):
            groups[clusters.find(i)].append(sighting)
        keys = _name_groups(block, groups)
        for i, j, reason in clusters.joins:
            identities.rows.append(
                IdentityRow(
                    block, "same", _mention(sightings[i]), _mention(sightings[j]), reason, 2
                )
            )
        apart = {(clusters.find(a), clusters.find(b)) for same, a, b, _ in judged if not same}
        roots = sorted(groups, key=lambda r: keys[r])
        for n, a in enumerate(roots):
            for b in roots[n + 1 :]:
                reason = _apart_reason(groups[a], groups[b], (a, b) in apart or (b, a) in apart)
                size = len(groups[a]) + len(groups[b])
                identities.rows.append(
                    IdentityRow(block, "different", keys[a], keys[b], reason, size)
                )
        if len(groups) < 2:
            continue
        for root, members in groups.items():
            for s in members:
                identities.keys[(s.article, s.block, s.native)] = keys[root]
                if keys[root] != block:
                    identities.articles.add(s.article)


def _keys_of(block: str, sightings: list[Sighting], clusters: _Clusters) -> list[str]:
    groups: dict[int, list[Sighting]] = defaultdict(list)
    for i, sighting in enumerate(sightings):
        groups[clusters.find(i)].append(sighting)
    keys = _name_groups(block, groups)
    return [keys[clusters.find(i)] for i in range(len(sightings))]


def contexts_of(extractions: Iterable[Extraction], vocab: Vocab) -> list[ArticleContext]:
    """The article context of each extraction."""
    resolver = Resolver(vocab)
    return [article_context(e, resolver) for e in extractions]


def no_identities() -> Identities:
    """Every person keyed by their block: what one article alone can say."""
    return Identities()
