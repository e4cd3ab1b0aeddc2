"""Organisation mentions of a Chinese article, and the organisation it is about.

Mentions come from the body (:mod:`kg.extract.zh.orgs`) and from the page's
head and foot fields ("来源:", "技术支持:", "版权所有"), read from
`article.text` since the body blanks them. A full legal name ("X股份有限公司")
becomes an alias of the short name X the article also uses. The main
organisation is the first one named in the headline, else in the lead sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from kg.extract.alternation import longest_first
from kg.extract.script import simplified_same_length
from kg.extract.zh.abbreviations import (
    SHORT_TAGS,
    fold_kind_short_names,
    fold_level_short_names,
    fold_prefixed_names,
    fold_short_names,
    fold_short_units,
    kind_short_forms,
    self_defined,
)
from kg.extract.zh.credits import credit_orgs
from kg.extract.zh.lexicon import zh_lexicon
from kg.extract.zh.orgs import org_spans, suffix_kind
from kg.extract.zh.places import home_places
from kg.extract.zh.sub_units import add_sub_units
from kg.extract.zh.text import dictionary_tag, evidence_at, sentence_spans, tokens
from kg.model import Article, Evidence, Extraction, OrgMention
from kg.vocab import Vocab, load_lexicon


def _field_orgs(article: Article, vocab: Vocab) -> list[OrgMention]:
    """Organisations named in the page's head and foot fields: blanked in the body, or left in it
    with the field's colon ("2022-08-01 来源:X网", "（来源:X网，记者:A）"). A value of names joined by
    "·" is read name by name ("X客户端·Y网"), a site's lead mark after its name is cut ("X网讯")."""
    lex, out, pos = zh_lexicon(), [], 0
    fields = "|".join(map(re.escape, lex.org_fields))
    leads = tuple(load_lexicon("zh")["news_credits"]["day_lead_marks"])
    pattern = re.compile(rf"(?:{fields})\s*([:：])?\s*([\u4e00-\u9fff·]{{3,30}})")
    for line in article.text.split("\n"):
        blank = not article.body[pos : pos + len(line)].strip()
        for m in pattern.finditer(line):
            if not blank and not m.group(1):
                continue  # a word of a sentence ("主办方"), no field
            for part in _cut_field(m.group(2), lex.other_fields).split("·"):
                name = _without_lead_mark(part, leads, lex.field_org_endings)
                kind = suffix_kind(name)
                media = (
                    name.endswith(lex.field_org_endings) and len(name) >= 3
                )  # "中国冶金报", "新华网"
                if vocab.org_key(name) or (kind and name != kind[1] and blank) or media:
                    out.append(
                        OrgMention(
                            name, Evidence(article.ident, pos, pos + len(line), line), native=name
                        )
                    )
        pos += len(line) + 1
    return [o for o in out if o.name not in zh_lexicon().not_orgs]


def _printed_in_body(article: Article, mention: OrgMention) -> bool:
    """Whether the line a mention was read from is left in the body (not blanked)."""
    ev = mention.evidence
    return bool(article.body[ev.start : ev.end].strip())


def _without_lead_mark(name: str, marks: tuple[str, ...], endings: tuple[str, ...]) -> str:
    """A publisher's name without the lead's mark printed after it ("X网讯" is X网)."""
    for mark in marks:
        if name.endswith(mark) and name[: -len(mark)].endswith(endings):
            return name[: -len(mark)]
    return name


_LISTED = re.compile(
    r"([\u4e00-\u9fff]{2,12})[（(]\s*(?:[0-9]{6}(?:\.(?:SH|SZ|BJ))?|[0-9]{4,5}\.HK|"
    r"(?:SH|SZ|HK)[0-9]{4,6})\s*[）)]"
)
_NOT_IN_NAME = ("v", "p", "c", "r", "t", "d", "m", "f", "u", "q", "x")


def _listed_orgs(article: Article) -> list[OrgMention]:
    """Companies printed with their stock code ("X(600000.SH)", "X（00700.HK）"): the Han words
    right before the code, back to the first verb, preposition or time word."""
    out = []
    for m in _LISTED.finditer(article.body):
        run = m.group(1)
        kept = 0
        for tok in reversed(tokens(run)):
            if tok.tag in _NOT_IN_NAME or run[tok.start : tok.end] in zh_lexicon().org_stops:
                break
            kept = len(run) - tok.start
        name = run[len(run) - kept :]
        if 2 <= len(name) <= 8 and name not in zh_lexicon().not_orgs:
            start = m.start(1) + len(run) - kept
            out.append(OrgMention(name, evidence_at(article, start), native=name))
    return out


def _placed_departments(found: Extraction) -> list[OrgMention]:
    """A department named by its level alone ("省卫生健康委") is the department of the article's
    own place of that level ("X省卫生健康委", printed form kept as an alias); without a known
    place it keeps the printed name, which identity keeps to its article (a generic name,
    kg.assemble.resolve.is_generic), never one node for every province."""
    homes, out = None, []
    for org in found.orgs:
        name = org.native or org.name
        if not _LEVEL_DEPARTMENT.fullmatch(name):
            out.append(org)
            continue
        homes = home_places(found) if homes is None else homes
        stem = homes.get(name[0])
        placed = stem + name if stem else None
        out.append(
            replace(org, name=placed, native=placed, aliases=(*org.aliases, name))
            if placed
            else org
        )
    return out


_LEVEL_DEPARTMENT = re.compile(r"[省市县区][\u4e00-\u9fff]{2,6}[委局厅办]")


def _membership_only(body: str, name: str) -> bool:
    """Whether every time the body prints `name` it says someone's membership ("中共党员",
    `membership_words` of kg/vocab/zh.yml): a biography's field, no mention of the body."""
    words = tuple(load_lexicon("zh").get("membership_words") or ())
    at, seen = body.find(name), False
    while at >= 0:
        if not body.startswith(words, at + len(name)):
            return False
        seen = True
        at = body.find(name, at + 1)
    return seen


def _cut_field(value: str, labels) -> str:
    cut = min((i for i in (value.find(lb) for lb in labels) if i > 0), default=len(value))
    return value[:cut]


def main_org(article: Article, names: list[str]) -> str | None:
    """The organisation the article is about: the first named in the headline, else in the lead
    sentence (the first sentence of the body after the headline), else none."""
    for line in (article.headline, _lead(article)):
        if _visitors_came_to_us(line):
            break  # "A在B局长陪同下，来到集团公司调研": B's bureau is not the page's organisation
        named = [(line.find(n), -len(n), n) for n in names if n in line]
        kept = [
            hit
            for hit in named
            if not _visited_anywhere(line, hit[2]) and not _received_by_us(line, hit[2])
        ]
        if kept:
            return min(kept)[2]
        if named:
            break  # every organisation it names is one the publisher's people went to: the
            # next sentence goes on with the trip ("一行来到X"), it does not name the page's own
    return _site_owner(article, names)


def came_to_us(article: Article, name: str) -> bool:
    """Whether `name` is named in a headline or lead sentence (the one after a dateline too) that
    tells visitors coming to the publisher ("X医院来我院参访"): X is the visitors' organisation,
    not the page's."""
    lines = (article.headline, _lead(article), _lead(article, past_dateline=True))
    return any(name in line and _visitors_came_to_us(line) for line in lines)


def _visitors_came_to_us(line: str) -> bool:
    """Whether the line tells visitors coming to the publisher, named only by the words it uses
    for itself ("来到集团公司", "莅临公司"): the organisations the line names are the visitors'."""
    lex = zh_lexicon()
    ours = [  # "来我院参访"; not 我会/本会 ("接下来我会带领...": "I will")
        w for w in lex.own_org_words if w.startswith(("我", "本")) and not w.endswith("会")
    ]
    return (
        any(v + w in line for v in lex.incoming_visits for w in lex.self_references)
        or any(v + w in line for v in lex.self_visit_verbs for w in ours)
        or _party_came_to_us().search(simplified_same_length(line)) is not None
        or _came_for_purpose().search(simplified_same_length(line)) is not None
    )


@functools.cache
def _came_for_purpose() -> re.Pattern:
    """A plain verb of coming (`plain_arrival_verbs`), the publisher's `self_references` word (maybe
    with 公司 after it) and a purpose ("到集团公司交流学习", "来公司调研"): the visitors came to the
    publisher; not "得到公司支持" (no purpose after it)."""
    lex = zh_lexicon()
    data = load_lexicon("zh")
    alt = longest_first
    purposes = (*lex.visit_words, *(data.get("party_arrival_purposes") or ()))
    return re.compile(
        rf"(?<![得收回])(?:{alt(data.get('plain_arrival_verbs') or ())})"
        rf"(?:{alt(lex.self_references)})(?:公司)?(?:{alt(purposes)})"
    )


def _received_by_us(line: str, name: str) -> bool:
    """Whether the line prints `name` as the body of a guest the publisher's own people receive
    ("公司董事长A会见X集团总经理B、Y局局长C": X and Y): a `guest_receiving_verbs` verb before it in
    the same sentence, and before the verb, in its clause, the publisher's own people
    (`our_visitors`, or a `self_references` word opening the clause)."""
    lex = zh_lexicon()
    at = line.find(name)
    while at >= 0:
        start = max(line.rfind(stop, 0, at) for stop in "。；;！!？?") + 1
        for verb in _receiving_verb().finditer(line, start, at):
            clause = re.split(r"[，,。；;：:\s]", line[start : verb.start()])[-1]
            if any(w in clause for w in lex.our_visitors) or clause.startswith(
                tuple(lex.self_references)
            ):
                return True
        at = line.find(name, at + 1)
    return False


@functools.cache
def _receiving_verb() -> re.Pattern:
    return re.compile(longest_first(load_lexicon("zh").get("guest_receiving_verbs") or ()))


@functools.cache
def _party_came_to_us() -> re.Pattern:
    """A visiting party coming to the publisher named by its bare word for itself ("一行四人来公司
    调研"): `visiting_party_words`, a head count, a `self_visit_verbs` verb, a `self_references` word
    (not a bare verb before it alone: "近年来公司" is no visit), or a `party_arrivals` word that
    names no place, after such a party or not ("一行来访", "一行8人来校", "X学院来访")."""
    lex = zh_lexicon()
    data = load_lexicon("zh")
    words = tuple(data.get("visiting_party_words") or ())
    verbs = {*lex.self_visit_verbs, *lex.incoming_visits, *(data.get("visiting_party_verbs") or ())}
    alt = longest_first
    arrivals = tuple(data.get("party_arrivals") or ())
    after = (*lex.visit_words, *(data.get("party_arrival_purposes") or ()))
    return re.compile(
        rf"(?:{alt(words)})(?:[0-9一二三四五六七八九十]{{1,3}}人)?"
        rf"(?:{alt(verbs)})[我本]?(?:{alt(lex.self_references)})"
        rf"|(?:(?:{alt(words)})(?:[0-9一二三四五六七八九十]{{1,3}}人)?)?"
        rf"(?:{alt(arrivals)})(?=[^\u4e00-\u9fff]|$|就|{alt(after)})"
    )  # "一行来访，", "一行来校调研", "X大学来访" (a headline); not "一行到访X集团" (X is where they
    # came), "来院士", "会见来访的X"


def _site_owner(article: Article, names: list[str]) -> str | None:
    """The organisation whose own site the page is, when its headline opens with the words a
    company uses for itself ("集团召开...") and a field names the site ("来源：X集团网"): X集团,
    when the body names it too."""
    lex = zh_lexicon()
    if not any(article.headline.startswith(w) for w in lex.self_references):
        return None
    for name in names:
        for suffix in lex.site_suffixes:
            stem = name[: -len(suffix)] if name.endswith(suffix) else ""
            if stem and stem in names and stem in article.body:
                return stem
    return None


def visited_by_us(article: Article, name: str) -> bool:
    """Whether the headline or the lead sentence tells the publisher's own people going to
    `name` (see `_visited_by_us`)."""
    return any(_visited_anywhere(line, name) for line in (article.headline, _lead(article)))


def _visited_anywhere(line: str, name: str) -> bool:
    """Whether the line prints `name` anywhere as the place the publisher's own people go to
    ("应X邀请，校党委书记A一行赴X访问": the second X)."""
    at = line.find(name)
    while at >= 0:
        if _visited_by_us(line, at):
            return True
        at = line.find(name, at + 1)
    return False


def _visited_by_us(line: str, at: int) -> bool:
    """Whether the organisation named at `at` is the one the publisher's own people go to
    ("集团领导赴X考察调研"): a visit verb of `outgoing_visits` right before it, the publisher's own
    people (`our_visitors`) earlier in the line. Such a page is not about X."""
    lex = zh_lexicon()
    before = line[:at]
    for verb in lex.outgoing_visits:
        k = before.rfind(verb)
        # right after the verb, or after earlier items of a list it opens ("赴A、B、C调研")
        placed = k >= 0 and (k + len(verb) == at or _LIST_ITEMS.fullmatch(before, k + len(verb)))
        if placed and any(w in before[:k] for w in lex.our_visitors):
            return True
    return False


def hosted_visit(article: Article, name: str) -> bool:
    """Whether the headline or the lead sentence (past a dateline too) tells visitors coming to
    `name` ("A一行莅临X调研", "B一行5人到X考察"): an `incoming_visits` verb, or a visiting party's
    word and a `self_visit_verbs` verb, right before it; not the publisher's own people going
    there ("集团领导赴X考察")."""
    lex = zh_lexicon()
    party = "|".join(map(re.escape, load_lexicon("zh").get("visiting_party_words") or ()))
    verbs = longest_first(lex.self_visit_verbs)
    pattern = re.compile(rf"(?:{party})[^，,。；;：:]{{0,4}}?(?:{verbs})$") if party else None
    for line in (article.headline, _lead(article), _lead(article, past_dateline=True)):
        at = line.find(name)
        while at >= 0:
            before = line[:at]
            came = any(before.endswith(v) for v in lex.incoming_visits) or (
                pattern is not None and pattern.search(before) is not None
            )
            if came and not _visited_by_us(line, at):
                return True
            at = line.find(name, at + 1)
    return False


def visited_in_clause(article: Article, name: str) -> bool:
    """Whether the headline or the lead sentence prints `name` later in the clause of a visit of
    the publisher's own people ("集团董事长A赴B承建的X项目视察": X), not only right after the verb."""
    lex = zh_lexicon()
    for line in (article.headline, _lead(article)):
        at = line.find(name)
        while at >= 0:
            before = line[:at]
            for verb in lex.outgoing_visits:
                k = before.rfind(verb)
                if (
                    k >= 0
                    and not _CLAUSE_BREAK.search(before, k)
                    and any(w in before[:k] for w in lex.our_visitors)
                ):
                    return True
            at = line.find(name, at + 1)
    return False


_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
_LIST_ITEMS = re.compile(r"(?:[^，,。；;：:、]{2,20}、)+")


def _lead(article: Article, past_dateline: bool = False) -> str:
    """The first sentence of the body after the headline; `past_dateline`: past a line that is
    only a date and the desk ("2016-03-26宣传科")."""
    spans = [article.body[s:e] for s, e in sentence_spans(article.body)]
    after = spans.index(article.headline) + 1 if article.headline in spans else 0
    while past_dateline and after + 1 < len(spans) and _dateline(spans[after]):
        after += 1
    return spans[after] if after < len(spans) else ""


_DATELINE = re.compile(r"\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[\u4e00-\u9fff]{0,8}\s*")


def _dateline(line: str) -> bool:
    """Whether a line is only a date and a desk or source ("2016-03-26宣传科")."""
    return _DATELINE.fullmatch(line) is not None


def _tails() -> list[str]:
    """Endings that a name may drop: legal forms and group words, longest first."""
    lex = zh_lexicon()
    return sorted({*lex.legal_tails, *lex.group_endings}, key=len, reverse=True)


def _stems(name: str) -> list[str]:
    """Shorter forms of a name without its endings ("X集团有限公司" -> "X集团", "X")."""
    out, todo = [], [name]
    while todo:
        current = todo.pop()
        for tail in _tails():
            if (
                current.endswith(tail)
                and len(current) - len(tail) >= 3
                and current[: -len(tail)] not in out
            ):
                out.append(current[: -len(tail)])
                todo.append(current[: -len(tail)])
    return out


def short_forms(article: Article, orgs: list[OrgMention], vocab: Vocab) -> list[OrgMention]:
    """Mentions of the short forms of full names that the body also uses on their own
    ("南方航运" after "南方航运股份有限公司"), when the alias table knows neither."""
    seen, out, body = {o.name for o in orgs}, [], article.body
    for org in orgs:
        if vocab.org_key(org.name):
            continue
        for stem in _stems(org.name):
            longer = tuple(n for n in seen if n.startswith(stem) and n != stem)
            at = next(
                (
                    m.start()
                    for m in re.finditer(re.escape(stem), body)
                    if not body.startswith(tuple(_tails()), m.end())
                    and not body.startswith(longer, m.start())  # the start of a longer name
                ),
                None,
            )
            if at is not None and stem not in seen and not vocab.org_key(stem):
                seen.add(stem)
                out.append(OrgMention(stem, evidence_at(article, at), native=stem))
    return out


def kind_short_mentions(article: Article, orgs: list[OrgMention]) -> list[OrgMention]:
    """Mentions of the short names of the article's bodies of a kind (`short_org_names`: "XY大"
    for "X门Y技大学") where the body prints one as a word of its own, not inside a longer word
    ("湖北|大力" holds no "北大")."""
    seen, out, body = {o.name for o in orgs}, [], article.body
    shorts = [short for org in orgs for short in kind_short_forms(org.name)]
    for org in orgs:
        for short in kind_short_forms(org.name):
            if short in seen or shorts.count(short) != 1 or dictionary_tag(short) not in SHORT_TAGS:
                continue  # two bodies shorten so; or an ordinary word ("广大", "重大")
            for start, end in sentence_spans(body):
                sentence = body[start:end]
                at = sentence.find(short)
                words = tokens(sentence) if at >= 0 else ()
                while at >= 0 and not _word_of_its_own(words, at, at + len(short)):
                    at = sentence.find(short, at + 1)
                if at >= 0:
                    seen.add(short)
                    out.append(OrgMention(short, evidence_at(article, start + at), native=short))
                    break
    return out


def _word_of_its_own(words, start: int, end: int) -> bool:
    """Whether jieba's `words` end a word at `end` and start one at `start`, or cut there only
    inside an unknown word ("获澳|科大": 获 is glued to an unknown name, not part of a word)."""
    return any(e == end for _, e, _ in words) and any(
        s == start or (s < start < e and tag == "oov") for s, e, tag in words
    )


def join_legal_names(orgs: list[OrgMention], vocab: Vocab) -> list[OrgMention]:
    """Fold "X股份有限公司" and "X集团" into the mention of X as aliases, when the table knows neither."""
    changed = True
    while changed:
        orgs, changed = _fold_once(orgs, vocab)
    return orgs


def _fold_once(orgs: list[OrgMention], vocab: Vocab) -> tuple[list[OrgMention], bool]:
    by_name = {o.name: o for o in orgs}
    for org in orgs:
        if vocab.org_key(org.name):
            continue
        shorts = sorted(
            {
                form
                for t in _tails()
                if org.name.endswith(t)
                for form in _short_forms(org.name[: -len(t)])
                if form in by_name and not vocab.org_key(form)
            },
            key=lambda f: (-len(f), f),  # the longest short form the article uses
        )
        short = next((f for f in shorts if not _group_and_company(f, org.name, orgs)), None)
        if short:
            target = by_name[short]
            by_name[short] = replace(target, aliases=(*target.aliases, org.name, *org.aliases))
            return [by_name[o.name] for o in orgs if o is not org], True
    return orgs, False


def _group_and_company(short: str, name: str, orgs: list[OrgMention]) -> bool:
    """Whether the article names both a group and a company under the short form `short`
    ("X集团" and "X股份有限公司"): a parent and its listed company are two organisations, and
    the short form may be either, so neither is folded into it."""
    words = zh_lexicon().group_words

    def grouped(full: str) -> bool:
        return any(w in full[len(short) :] for w in words)

    others = [
        o.name for o in orgs if o.name != name and o.name.startswith(short) and o.name != short
    ]
    return any(grouped(other) != grouped(name) for other in others)


def _short_forms(stem: str) -> list[str]:
    """A name without its legal ending, and without a national prefix too ("中国X" is also "X")."""
    prefix = next(
        (
            p
            for p in zh_lexicon().national_prefixes
            if stem.startswith(p) and len(stem) - len(p) >= 2
        ),
        "",
    )
    return [stem, stem[len(prefix) :]] if prefix else [stem]


_DOUBLED_LEVEL = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})([省市县区州])\1(?=委|政府|人民政府|人大|政协)"
)
_LEVEL_STEMS = "新治发"  # "X新区区委", "X自治州州委", "X开发区区委": the place's name ends so


def _single_levels(orgs: list[OrgMention]) -> list[OrgMention]:
    """Names printing a place's level twice ("X市市委组织部", "X区区委", "X县县政府") under the
    name with the level once ("X市委组织部"), the printed name an alias; one mention when the
    article prints both forms. Not after a name ending like a level of its own ("X新区区委")."""
    out: list[OrgMention] = []
    index: dict[str, int] = {}
    for org in orgs:
        m = _DOUBLED_LEVEL.search(org.name)
        if m and org.name[m.start() - 1] not in _LEVEL_STEMS:
            single = org.name[: m.start()] + m.group(1) + org.name[m.end() :]
            org = replace(org, name=single, native=single, aliases=(*org.aliases, org.name))
        if org.name in index:
            kept = out[index[org.name]]
            extra = tuple(a for a in org.aliases if a not in kept.aliases and a != kept.name)
            out[index[org.name]] = replace(kept, aliases=(*kept.aliases, *extra))
            continue
        index[org.name] = len(out)
        out.append(org)
    return out


def extract_orgs(article: Article, vocab: Vocab, found: Extraction) -> None:
    """Add an OrgMention per distinct organisation name and set `found.main_org`."""
    seen = {o.name for o in found.orgs}
    for start, _, name in org_spans(article, vocab, [p.native for p in found.persons if p.native]):
        if name not in seen:
            seen.add(name)
            found.orgs.append(OrgMention(name, evidence_at(article, start), native=name))
    for mention in _listed_orgs(article):
        if mention.name not in seen:
            seen.add(mention.name)
            found.orgs.append(mention)
    credits = credit_orgs(article)
    publishers = {o.name for o in credits}  # the story's publisher is not what it is about
    fields = _field_orgs(article, vocab)
    for mention in [*fields, *credits]:
        if mention.name not in seen:
            seen.add(mention.name)
            found.orgs.append(mention)
            if mention in fields and _printed_in_body(article, mention):
                publishers.add(mention.name)  # "2022-08-01 来源:X网" left in the body
    found.orgs += short_forms(article, found.orgs, vocab)
    found.orgs += kind_short_mentions(article, found.orgs)
    found.orgs[:] = fold_short_units(
        fold_kind_short_names(
            fold_prefixed_names(fold_short_names(article.body, join_legal_names(found.orgs, vocab)))
        ),
        vocab,
    )
    found.orgs[:] = fold_level_short_names(article.body, _single_levels(found.orgs))
    add_sub_units(found)
    found.orgs[:] = _placed_departments(found)
    found.orgs[:] = [o for o in found.orgs if not _membership_only(article.body, o.name)]
    party = zh_lexicon().party_name
    canon = {n: o.name for o in found.orgs if o.name != party for n in (*o.aliases, o.name)}
    named = [n for n in canon if canon[n] not in publishers]
    main = self_defined(article.body, named) or main_org(article, named)
    found.main_org = found.main_org or (canon[main] if main else None)
