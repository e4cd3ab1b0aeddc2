"""A headline's short form of a group's name, read as the group ("Hengda Copper holds its
conference" over "Hengda Copper Group held its conference").

Headlines shorten names. A bare name (no corporate ending) that the article uses only in its
headline lines, beside a group's name of the same stem, is that group: its roles, events and
parents go to the group's mention and the bare mention goes, so the bare name is not written
as a name of the group either (a node's names are shared by every article, and elsewhere the
bare name may be the group's listed company). So is a bare name the text uses on its own
beside a group whose name carries a listed company's legal form ("Harlow Fenton" beside "Harlow
Fenton Group PLC": the group is the listed company, kg.orgnames.is_listed_group_name). Beside
a plain group's name ("X Group"), a bare name the text uses on its own stays an organisation of
its own: in state groups' news it is as often a listed subsidiary, or one the group's people
visit, as the group. (The development gold has most such plain pairs as one organisation, the
generated corpus none; a post at a subsidiary given to its group is the worse error; decision
028.) (Chinese pages fold "X集团" into the X they use as one organisation,
kg.extract.zh.org_mentions, unless a listed company of X is named too; what is left here is a
Chinese bare name beside a group's name it was not folded into.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Article, Extraction
from kg.orgnames import is_group_name, is_listed_group_name, org_fold, org_stem
from kg.vocab import Vocab


def fold_headline_forms(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Read each bare short form of a group's name as that group (see the module)."""
    names = [o.name for o in found.orgs]
    groups = sorted((n for n in names if is_group_name(n)), key=lambda n: (-len(n), n))
    folded: dict[str, str] = {}
    for org in found.orgs:
        if org_stem(org.name) != org_fold(org.name) or vocab.org_key(org.name):
            continue  # not a bare name, or one the alias table knows
        group = next((g for g in groups if org_stem(g) == org_fold(org.name)), None)
        if group and (not _used_in_text(org.name, names, article) or is_listed_group_name(group)):
            folded[org.name] = group
    if folded:
        rename_orgs(found, folded)


def _used_in_text(name: str, names: list[str], article: Article) -> bool:
    """Whether `name` stands on its own (not as the start of a longer organisation name) on a
    line of the body that does not carry the headline."""
    headline = article.headline.strip()
    longer = tuple(n for n in names if n.startswith(name) and n != name)
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)" if name.isascii() else re.escape(name))
    for line in article.body.splitlines():
        if headline and headline in line:
            continue
        if any(not line.startswith(longer, m.start()) for m in pattern.finditer(line)):
            return True
    return False


def rename_orgs(found: Extraction, folded: dict[str, str]) -> None:
    """Give the mentions, roles, events and main organisation of each name of `folded` to the
    name it maps to, and drop its mention."""

    def to(name: str | None) -> str | None:
        return folded.get(name, name) if name else name

    found.orgs[:] = [
        replace(o, parent=to(o.parent)) if o.parent in folded else o
        for o in found.orgs
        if o.name not in folded
    ]
    found.roles[:] = [replace(r, org=folded.get(r.org, r.org)) for r in found.roles]
    found.events[:] = [replace(e, organizer=to(e.organizer)) for e in found.events]
    found.main_org = to(found.main_org)
