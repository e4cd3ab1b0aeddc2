"""A company's board is no organisation of its own: posts on it are posts at the company.

Titles are often printed with the board they sit on: "Chairman of the Nordbahn Supervisory Board",
"Chairman of the Management Board of Nordbahn AG". The roles extractor reads the board's name as
the organisation; here each role held at a board whose name states its owner (en.yml
`board_kinds`: "<owner> Supervisory Board", "Supervisory Board of <owner>") moves to the owner,
and the board's mention goes. Where a company has two boards (a supervisory board over a
management or executive board, `two_tier_boards`), the chairman of the lower one is its chief
executive, not the company's chairman: the post stays "other" with the title as printed.
A board named without its owner is left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.en.lexicon import Lexicon, get_lexicon
from kg.model import Article, Extraction, OrgMention
from kg.vocab import Vocab


def fold_board_organs(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Move roles held at "<owner> <kind> Board" / "<kind> Board of <owner>" to the owner."""
    lex = get_lexicon(vocab)
    organs = {}
    for mention in found.orgs:
        owner_kind = board_owner(mention.name, lex)
        if owner_kind is not None:
            owner = _owner_name(owner_kind[0], found, lex)
            organs[mention.name] = (owner, owner_kind[1], mention)
        elif (plain := plain_board_owner(mention.name, found)) is not None:
            organs[mention.name] = (plain, "", mention)
    if not organs:
        return
    lower = {k.casefold() for k in lex.words("two_tier_boards")}
    for index, role in enumerate(found.roles):
        if role.org not in organs:
            continue
        owner, kind, _ = organs[role.org]
        if role.role == "chairman" and kind.casefold() in lower:
            role = replace(role, role="other", title=f"{role.title} of the {kind} Board")
        found.roles[index] = replace(role, org=owner)
    names = {m.name for m in found.orgs}
    for owner, _, mention in organs.values():
        if owner not in names:
            found.orgs.append(OrgMention(owner, mention.evidence))
            names.add(owner)
    found.orgs[:] = [m for m in found.orgs if m.name not in organs]
    if found.main_org in organs:
        found.main_org = organs[found.main_org][0]


def plain_board_owner(name: str, found: Extraction) -> str | None:
    """The organisation "<X> Board" is the board of, when X is another organisation the article
    names, by a name or an alias in any case ("Chairman of the Minerals Council of Australia
    Board" beside "MINERALS COUNCIL OF AUSTRALIA"; "the MCA Board"), else None: a board of its own
    name ("Economic Development Board") is an organisation."""
    m = _PLAIN_BOARD.fullmatch(" ".join(name.split()))
    if m is None:
        return None
    printed = m.group(1).casefold()
    # "Inveresks Nominations Committee": a possessive printed without its apostrophe
    owners = {printed, re.sub(r"(?:['’]s|['’]|s)$", "", printed)}
    for mention in found.orgs:
        if mention.name != name and owners & {
            n.casefold() for n in (mention.name, *mention.aliases)
        }:
            return mention.name
    return None


# "<X> Board" and the board's own committees ("<X>'s Nominations Committee")
_PLAIN_BOARD = re.compile(
    r"(?:[Tt]he\s+)?(\S.*?)\s+(?:Board|(?:Nominations?|Remuneration|Audit|Risk|Governance)"
    r"\s+Committee)"
)


def board_owner(name: str, lex: Lexicon) -> tuple[str, str] | None:
    """(owner, kind) of a board's name ("Nordbahn Supervisory Board", "Management Board of
    Nordbahn AG"), None for any other name or a board named without its owner."""
    m = board_organ_re(lex).fullmatch(" ".join(name.split()))
    if m is None:
        return None
    owner = m.group("after") or m.group("before")
    if not owner or not owner[:1].isupper():
        return None
    return owner, m.group("kind")


def board_organ_re(lex: Lexicon) -> re.Pattern[str]:
    """A board's name (`board_kinds`), to be full-matched: "[the] [<before>] <kind> Board [of [the]
    <after>]", the owner printed before it or after it; made once per lexicon."""
    return lex.made(_organ_re)


def _organ_re(lex: Lexicon) -> re.Pattern[str]:
    kinds = "|".join(map(re.escape, lex.words("board_kinds"))) or "(?!)"
    return re.compile(
        rf"(?:[Tt]he\s+)?(?:(?P<before>\S.*?)\s+)?(?P<kind>{kinds})\s+Board"
        rf"(?:\s+of\s+(?:the\s+)?(?P<after>\S.*))?",
        re.S,
    )


def _owner_name(owner: str, found: Extraction, lex: Lexicon) -> str:
    """The article's own name for the owner: the mention named so or with that alias, else the
    one mention whose name starts with it ("Nordbahn AG" for "Nordbahn"), else as printed."""
    others = [m for m in found.orgs if board_owner(m.name, lex) is None]
    for mention in others:
        if owner == mention.name or owner in mention.aliases:
            return mention.name
    longer = {m.name for m in others if m.name.startswith(owner + " ")}
    return longer.pop() if len(longer) == 1 else owner
