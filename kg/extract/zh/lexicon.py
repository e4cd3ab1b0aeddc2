"""The Chinese word lists of `kg/vocab/zh.yml`, as sets and longest-first lists.

Also the title table the extractors match: the role vocabulary's Chinese titles
(`vocab.zh_role_titles()`) plus the lexicon's `extra_titles`, which map to the
role "other".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kg.vocab import Vocab, load_lexicon


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


class ShortOrgName(NamedTuple):
    """A short name of a kind of body (`short_org_names`: "X大", "XY大", a university)."""

    ending: str  # the short name's last character
    kind: str  # the word the full name ends with
    prefixes: tuple[str, ...]  # words a full name may open with ("国立")


@dataclass(frozen=True)
class Lexicon:
    """Chinese word lists, ready for matching."""

    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    followers: tuple[str, ...]
    list_heads: tuple[str, ...]
    extra_titles: tuple[str, ...]
    extra_role_titles: dict
    place_titles: dict
    place_names: dict
    place_orgs: tuple[str, ...]
    title_modifiers: tuple[str, ...]
    implied_orgs: dict
    no_default_org: frozenset[str]
    kind_titles: dict[str, tuple[str, ...]]
    government_titles: dict[str, tuple[str, ...]]
    concurrent_links: tuple[str, ...]
    title_joins: tuple[str, ...]  # joining two titles one person holds: 兼任; 兼 (one character)
    post_links: frozenset[str]
    party_secretary_hosts: tuple[str, ...]
    generic_orgs: tuple[str, ...]
    group_words: frozenset[str]
    group_endings: tuple[str, ...]
    former_markers: tuple[str, ...]
    dismissal_markers: tuple[str, ...]
    appointment_markers: tuple[str, ...]
    appointment_links: tuple[str, ...]
    acting_links: frozenset[str]
    granted_links: tuple[str, ...]
    career_links: tuple[str, ...]
    move_links: tuple[str, ...]
    city_names: frozenset[str]
    post_words: tuple[str, ...]
    list_tail_links: tuple[str, ...]
    lead_in_verbs: dict
    lead_in_objects: tuple[str, ...]
    lead_in_people: tuple[str, ...]
    participation: dict
    object_parts: dict
    part_rank: tuple[str, ...]
    event_nouns: dict
    event_verbs: tuple[str, ...]
    place_verbs: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    suffixes: dict
    not_orgs: frozenset[str]
    ordinary_suffix_words: frozenset[str]
    org_stops: frozenset[str]
    org_list_counters: tuple[str, ...]
    org_list_tails: tuple[str, ...]
    org_followers: tuple[str, ...]
    party_phrases: tuple[str, ...]
    party_name: str
    org_fields: tuple[str, ...]
    fillers: tuple[str, ...]
    legal_tails: tuple[str, ...]
    national_prefixes: tuple[str, ...]
    unit_generics: tuple[str, ...]
    field_org_endings: tuple[str, ...]
    trip_phrases: tuple[str, ...]
    unit_titles: tuple[str, ...]
    abbreviation_markers: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    not_participation_after: tuple[str, ...]
    day_parts: tuple[str, ...]
    relative_days: dict
    other_fields: tuple[str, ...]
    not_names: frozenset[str]
    weak_surnames: frozenset[str] = frozenset()
    name_not_last: frozenset[str] = frozenset()
    not_given_names: frozenset[str] = frozenset()
    not_name_openers: frozenset[str] = frozenset()
    pronoun_links: tuple[str, ...] = ()
    name_glue: frozenset[str] = frozenset()
    name_anchors: tuple[str, ...] = ()
    glued_verbs: frozenset[str] = frozenset()
    glued_verb_words: frozenset[str] = frozenset()
    place_name_endings: frozenset[str] = frozenset()
    corporate_form_words: tuple[str, ...] = ()
    field_joiners: frozenset[str] = frozenset()
    field_units: tuple[str, ...] = ()
    unit_openers: frozenset[str] = frozenset()
    outgoing_visits: tuple[str, ...] = ()
    our_visitors: tuple[str, ...] = ()
    site_suffixes: tuple[str, ...] = ()
    cut_endings: tuple[str, ...] = ()
    generic_openers: str = ""
    incoming_visits: tuple[str, ...] = ()
    self_visit_verbs: tuple[str, ...] = ()
    contracted_unit_titles: dict = field(default_factory=dict)
    office_heads: tuple[str, ...] = ()
    office_endings: tuple[str, ...] = ()
    org_stop_endings: frozenset[str] = frozenset()
    org_name_verbs: frozenset[str] = frozenset()
    org_stop_starts: frozenset[str] = frozenset()
    cited_after: tuple[str, ...] = ()
    mutual_verbs: tuple[str, ...] = ()
    mutual_links: tuple[str, ...] = ()
    reception_verbs: tuple[str, ...] = ()
    title_predicates: tuple[tuple[str, str], ...] = ()
    admin_levels: frozenset[str] = frozenset()
    org_stop_inner: tuple[str, ...] = ()
    escort_closings: tuple[str, ...] = ()
    visit_words: tuple[str, ...] = ()
    chair_titles: dict = field(default_factory=dict)
    party_secretary_titles: dict = field(default_factory=dict)
    state_ministries: frozenset[str] = frozenset()
    state_ministry_prefixes: tuple[str, ...] = ()
    minister_titles: frozenset[str] = frozenset()
    company_titles: frozenset[str] = frozenset()
    region_title_prefixes: tuple[str, ...] = ()
    party_body_endings: tuple[str, ...] = ()
    not_party_body_endings: tuple[str, ...] = ()
    political_chair_bodies: tuple[str, ...] = ()
    self_references: tuple[str, ...] = ()
    referring_generics: frozenset[str] = frozenset()
    referring_kind_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    own_org_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    title_org_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chain_openers: tuple[str, ...] = ()
    short_org_names: tuple[ShortOrgName, ...] = ()
    unit_fields: frozenset[str] = frozenset()
    unit_field_words: frozenset[str] = frozenset()
    sole_posts: frozenset[str] = frozenset()
    reason_openers: tuple[str, ...] = ()
    leaving_verbs: tuple[str, ...] = ()
    link_adverbs: tuple[str, ...] = ()
    org_descriptors: tuple[str, ...] = ()
    level_bodies: frozenset[str] = frozenset()
    not_place_words: frozenset[str] = frozenset()
    announcing_verbs: tuple[str, ...] = ()
    board_words: tuple[str, ...] = ()
    name_honorifics: tuple[str, ...] = ()
    replacing_verbs: tuple[str, ...] = ()  # "A代替B担任X": B held X before A
    board_committee_words: tuple[str, ...] = ()
    body_titles: dict = field(default_factory=dict)
    common_name_count: int = 1 << 30
    place_subject_verbs: tuple[str, ...] = ()
    person_word_endings: tuple[str, ...] = ()
    government_regions: tuple[str, ...] = ()
    government_region_titles: dict = field(default_factory=dict)
    government_places: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def zh_lexicon() -> Lexicon:
    """The Chinese lexicon, loaded once."""
    d = load_lexicon("zh")
    first = _longest_first
    return Lexicon(
        surnames=frozenset("".join(d["surnames"]["single"].split())),
        compound_surnames=frozenset(d["surnames"]["compound"]),
        followers=first([*d["name_followers"], *d["name_post_verbs"]]),
        list_heads=first(d["list_heads"]),
        extra_titles=first(d["extra_titles"]),
        extra_role_titles=dict(d["extra_role_titles"]),
        place_titles=dict(d["place_titles"]),
        place_names={
            k: dict(v) if isinstance(v, dict) else {n: n for n in v}
            for k, v in d["place_names"].items()
        },
        place_orgs=first(d["place_orgs"]),
        title_modifiers=first(d["title_modifiers"]),
        implied_orgs=dict(d["implied_orgs"]),
        no_default_org=frozenset(d["no_default_org"]),
        kind_titles={k: tuple(v) for k, v in d["kind_titles"].items()},
        government_titles={k: tuple(v) for k, v in (d.get("government_titles") or {}).items()},
        government_regions=tuple(d.get("government_regions") or ()),
        government_region_titles=dict(d.get("government_region_titles") or {}),
        government_places=tuple(d.get("government_places") or ()),
        concurrent_links=first(d["concurrent_links"]),
        title_joins=first(d["title_joins"]),
        post_links=frozenset(d["post_links"]),
        party_secretary_hosts=first(d["party_secretary_hosts"]),
        generic_orgs=first(d["generic_orgs"]),
        group_words=frozenset(d["group_words"]),
        group_endings=first(d["group_endings"]),
        former_markers=first(d["former_markers"]),
        dismissal_markers=first(d["dismissal_markers"]),
        appointment_markers=first(d["appointment_markers"]),
        appointment_links=first(d["appointment_links"]),
        acting_links=frozenset(d.get("acting_links") or ()),
        granted_links=first(d.get("granted_links") or []),
        career_links=first(d.get("career_links") or []),
        move_links=first(d.get("move_links") or []),
        city_names=frozenset(d.get("city_names") or ()),
        post_words=first(d["post_words"]),
        pronoun_links=first(d.get("pronoun_links") or []),
        name_glue=frozenset(d.get("name_glue") or ""),
        name_anchors=first([*(d.get("name_anchors") or []), *d["name_post_verbs"]]),
        glued_verbs=frozenset(d.get("glued_verbs") or ""),
        glued_verb_words=frozenset(d.get("glued_verb_words") or ()),
        place_name_endings=frozenset(d.get("place_name_endings") or ""),
        corporate_form_words=tuple(d.get("corporate_form_words") or ()),
        field_joiners=frozenset(d.get("field_joiners") or ()),
        field_units=first(d.get("field_units") or []),
        unit_openers=frozenset(d.get("unit_openers") or ()),
        outgoing_visits=first(d.get("outgoing_visits") or []),
        our_visitors=first(d.get("our_visitors") or []),
        site_suffixes=first(d.get("site_suffixes") or []),
        cut_endings=first(d.get("cut_endings") or []),
        generic_openers=str(d.get("generic_openers") or ""),
        incoming_visits=first(d.get("incoming_visits") or []),
        self_visit_verbs=first(d.get("self_visit_verbs") or []),
        contracted_unit_titles=dict(d.get("contracted_unit_titles") or {}),
        office_heads=tuple(d.get("office_heads") or ()),
        office_endings=tuple(d.get("office_endings") or ()),
        org_stop_endings=frozenset(d.get("org_stop_endings") or ""),
        org_name_verbs=frozenset(d.get("org_name_verbs") or ()),
        org_stop_starts=frozenset(d.get("org_stop_starts") or ""),
        cited_after=tuple(d.get("cited_after") or ()),
        mutual_verbs=tuple(sorted(d.get("mutual_verbs") or (), key=len, reverse=True)),
        mutual_links=tuple(d.get("mutual_links") or ()),
        reception_verbs=tuple(d.get("reception_verbs") or ()),
        title_predicates=tuple(
            (p["before"], p.get("after", "")) for p in d.get("title_predicates") or ()
        ),
        admin_levels=frozenset(d.get("admin_levels") or ""),
        org_stop_inner=first(d.get("org_stop_inner") or []),
        escort_closings=first(d.get("escort_closings") or []),
        visit_words=first(d.get("visit_words") or []),
        chair_titles=dict(d.get("chair_titles") or {}),
        party_secretary_titles=dict(d.get("party_secretary_titles") or {}),
        state_ministries=frozenset(d.get("state_ministries") or ()),
        state_ministry_prefixes=tuple(d.get("state_ministry_prefixes") or ()),
        minister_titles=frozenset(d.get("minister_titles") or ()),
        company_titles=frozenset(d.get("company_titles") or ()),
        region_title_prefixes=first(d.get("region_title_prefixes") or ()),
        party_body_endings=tuple(d.get("party_body_endings") or ()),
        not_party_body_endings=tuple(d.get("not_party_body_endings") or ()),
        political_chair_bodies=first(d.get("political_chair_bodies") or []),
        self_references=first(d.get("self_references") or []),
        referring_generics=frozenset(d.get("referring_generics") or ()),
        referring_kind_words={
            k: tuple(v) for k, v in (d.get("referring_kind_words") or {}).items()
        },
        own_org_words={k: tuple(v) for k, v in (d.get("own_org_words") or {}).items()},
        title_org_kinds={k: tuple(v) for k, v in (d.get("title_org_kinds") or {}).items()},
        chain_openers=tuple(d.get("chain_openers") or ()),
        short_org_names=tuple(
            ShortOrgName(r["ending"], r["kind"], first(r["prefixes"]))
            for r in d.get("short_org_names") or ()
        ),
        unit_fields=frozenset(d.get("unit_fields") or ()),
        unit_field_words=frozenset(d.get("unit_field_words") or ()),
        sole_posts=frozenset(d.get("sole_posts") or ()),
        reason_openers=first(d.get("reason_openers") or []),
        leaving_verbs=first(d.get("leaving_verbs") or []),
        link_adverbs=first(d.get("link_adverbs") or []),
        org_descriptors=first(d.get("org_descriptors") or []),
        level_bodies=frozenset(d.get("level_bodies") or ()),
        not_place_words=frozenset(d.get("not_place_words") or ()),
        announcing_verbs=first(d.get("announcing_verbs") or []),
        board_words=first(d.get("board_words") or []),
        name_honorifics=first(d.get("name_honorifics") or []),
        replacing_verbs=first(d.get("replacing_verbs") or []),
        board_committee_words=first(d.get("board_committee_words") or []),
        body_titles={k: tuple(v) for k, v in (d.get("body_titles") or {}).items()},
        common_name_count=int(d.get("common_name_count") or 1 << 30),
        place_subject_verbs=first(d.get("place_subject_verbs") or []),
        person_word_endings=first(d.get("person_word_endings") or []),
        list_tail_links=first(d["list_tail_links"]),
        lead_in_verbs=dict(d["lead_in_verbs"]),
        lead_in_objects=first(d["lead_in_objects"]),
        lead_in_people=first(d["lead_in_people"]),
        participation=dict(d["participation_verbs"]),
        object_parts=dict(d["object_parts"]),
        part_rank=tuple(d["part_rank"]),
        event_nouns=dict(d["event_nouns"]),
        event_verbs=first(d["event_verbs"]),
        place_verbs=first(d["place_verbs"]),
        place_prepositions=first(d["place_prepositions"]),
        suffixes={k: first(v) for k, v in d["org_suffixes"].items()},
        not_orgs=frozenset(d["not_orgs"]),
        ordinary_suffix_words=frozenset(d.get("ordinary_suffix_words") or []),
        org_stops=frozenset(d["org_stops"]),
        org_list_counters=first(d["org_list_counters"]),
        org_list_tails=first(d["org_list_tails"]),
        org_followers=first(d["org_followers"]),
        party_phrases=first(d["party_phrases"]),
        party_name=d["party_name"],
        org_fields=first(d["org_fields"]),
        other_fields=first(d["other_fields"]),
        fillers=first(d["participation_fillers"]),
        legal_tails=first(d["legal_tails"]),
        national_prefixes=first(d["national_prefixes"]),
        unit_generics=first(d["unit_generics"]),
        field_org_endings=first(d["field_org_endings"]),
        trip_phrases=first(d["trip_phrases"]),
        unit_titles=first(d["unit_titles"]),
        abbreviation_markers=first(d["abbreviation_markers"]),
        place_suffixes=first(d["place_suffixes"]),
        not_participation_after=first(d["not_participation_after"]),
        day_parts=first(d["day_parts"]),
        relative_days=dict(d["relative_days"]),
        not_names=frozenset(d["not_names"]),
        weak_surnames=frozenset(d.get("weak_surnames") or ""),
        name_not_last=frozenset(d.get("name_not_last") or ""),
        not_given_names=frozenset(d.get("not_given_names") or ()),
        not_name_openers=frozenset(d.get("not_name_openers") or ()),
    )


def titles(vocab: Vocab) -> tuple[tuple[str, str], ...]:
    """(title, notation) pairs: the role vocabulary's Chinese titles and the extra ones, longest first."""
    return _titles(vocab.zh_role_titles())


def title_names(vocab: Vocab) -> tuple[str, ...]:
    """The titles of :func:`titles` alone, longest first."""
    return _title_names(titles(vocab))


@lru_cache(maxsize=8)
def _title_names(table: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(t for t, _ in table)


@lru_cache(maxsize=8)
def _titles(role_titles: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    pairs = dict.fromkeys(zh_lexicon().extra_titles, "other")
    pairs.update(zh_lexicon().extra_role_titles)
    pairs.update(dict(role_titles))
    return tuple(sorted(pairs.items(), key=lambda p: (-len(p[0]), p[0])))


def match_at(text: str, pos: int, words) -> str | None:
    """The first (longest, when `words` is longest first) word of `words` that starts at `pos`."""
    fast = isinstance(words, tuple) and 0 <= pos < len(text)
    candidates = _by_first(words).get(text[pos], ()) if fast else words
    return next((w for w in candidates if text.startswith(w, pos)), None)


def match_before(text: str, pos: int, words) -> str | None:
    """The first word of `words` that ends at `pos`."""
    fast = isinstance(words, tuple) and 0 < pos <= len(text)
    candidates = _by_last(words).get(text[pos - 1], ()) if fast else words
    return next((w for w in candidates if len(w) <= pos and text.endswith(w, 0, pos)), None)


@lru_cache(maxsize=256)
def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words by their first character, in their order (only those can start at a position)."""
    return _grouped(words, lambda w: w[0])


@lru_cache(maxsize=256)
def _by_last(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words by their last character, in their order (only those can end at a position)."""
    return _grouped(words, lambda w: w[-1])


def _grouped(words, char_of) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(char_of(word), []).append(word)
    return {char: tuple(group) for char, group in groups.items()}
