"""Who took part in an event, and how, from Chinese text.

A name, or a 、-list of names, takes part when a participation verb follows
it directly ("邓国栋出席会议并讲话" speaker, "柳春华作工作报告" reporter,
"A、B陪同" accompanier), with only fillers (同志, 等, 一行, 分别, "在..."
) in between. The object of 会见 and the like took part too ("会见了...欧阳晓红"
met). A verb followed by 精神 and the like is a thing, not an act: people
whose speech is only studied are no participants.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from kg.extract.alternation import longest_first
from kg.extract.zh.lexicon import match_at, zh_lexicon
from kg.extract.zh.spans import locate
from kg.extract.zh.text import Found
from kg.vocab import load_lexicon

JOINERS = ("、", "和", "及", "与", "偕")  # "A偕B出席": A and the one A brought along


@lru_cache(maxsize=1)
def _after_pattern() -> re.Pattern:
    lex = zh_lexicon()
    skip = longest_first(
        lex.fillers + tuple(lex.implied_orgs) + tuple(lex.name_honorifics)
    )  # "A教授出席"
    skip += f"|{_PARTY_COUNT}"  # "A一行六人访问X": the party's head count
    skip += f"|等{_HEAD_COUNT}"  # "A、B等20人参加座谈": the whole group's head count
    verbs = longest_first(lex.participation)
    data = load_lexicon("zh")
    scene = longest_first(("在", *lex.place_prepositions, *(data.get("coming_words") or ())))
    scene += "|" + longest_first(data.get("partner_links") or ("在",))  # "A与调研组一行座谈"
    guarded = "".join(
        f"|{re.escape(verb)}(?!{longest_first(spec['not_before'])})"
        for verb, spec in _guarded().items()
    )
    leg = rf"(?:(?:将|將)?(?:{scene})[^，,。；;]{{1,60}}?)?"  # "A将率领X"
    return re.compile(
        rf"(?:{skip})*{_ASIDE}(?:{skip})*{_DAY_PART}{_WHEN}{leg}{_departure_leg(leg)}{_object_leg()}"
        rf"(?:{skip})*({verbs}{guarded})"
        rf"(?!{longest_first(lex.not_participation_after)})"
    )


def _object_leg() -> str:
    """The visited thing between the name and a visit verb ("A对全县重点项目进行调研": `object_visit_marks`,
    `object_visit_doers`, then one of `visit_words`), optional."""
    data = load_lexicon("zh")
    marks, doers = data.get("object_visit_marks"), data.get("object_visit_doers")
    if not marks or not doers:
        return ""
    visits = longest_first(zh_lexicon().visit_words)
    return (
        rf"(?:(?:{longest_first(marks)})[^，,。；;]{{1,40}}?(?:{longest_first(doers)})了?"
        rf"(?=(?:{visits})))?"
    )


def _departure_leg(leg: str) -> str:
    """The trip's leg after a comma ("A将于下周二(24日)傍晚，启程前往X进行访问", "A将率领代表团，
    于5月12日至15日到访X"): only when a date or a word of setting off (`departure_words`) opens
    it, so the comma's clause is the same person's journey."""
    words = longest_first(load_lexicon("zh").get("departure_words") or ("启程",))
    return rf"(?:[，,](?:{_WHEN_CORE}{_DAY_PART}(?:{words})?|(?:{words})){leg})?"


@lru_cache(maxsize=1)
def _guarded() -> dict[str, dict]:
    """Participation verbs that also begin an event's noun ("座谈" and "座谈会", `guarded_participation`):
    a verb only when none of its `not_before` follows."""
    return dict(load_lexicon("zh").get("guarded_participation") or {})


def _part(verb: str) -> str:
    """The part a participation verb gives (`participation_verbs`, else `guarded_participation`)."""
    known = zh_lexicon().participation.get(verb)
    return known if known else _guarded().get(verb, {}).get("part", "attendee")


# "共计25人", "近40人": a group's head count ("A等20人参加", "各科室主任等代表共计25人参加")
_HEAD_COUNT = (
    r"(?:近|约|共计|合计|总计|共|计)?[0-9０-９一二三四五六七八九十百千]+(?:余|多)?[人名位]"
)
_PARTY_COUNT = r"一行[0-9０-９一二两三四五六七八九十数]+余?[人名位]"
# "A今日（五月八日）在X会见": a short bracketed note (a date) after the name or "today"
_BRACKET = r"[（(][^（）()，,。；;]{1,12}[）)]"  # a short note in brackets, inside one clause
_ASIDE = rf"(?:[今昨明]?[日天]?{_BRACKET}日?)?"  # also "今（10）日" (Taiwan), "明日(5日)"
# "A今(13)日下午出席", "A今天上午会见": the part of the day after "today" and its bracketed date
_DAY_PART = r"(?:上午|下午|中午|晚上|晚间|早上|傍晚)?"
# "A将于7月22日至31日访问X", "A于22日上午调研": when, between the name and the verb
_WHEN_CORE = (  # "於 5 月 21 日": traditional 於, and spaces around the numbers as some pages print them
    r"(?:将|已|定|计划|將)?[于於]?\s?(?:[0-9０-９〇一二三四五六七八九十]{1,4}\s?[年月日号號]"
    r"(?:\s?[0-9０-９〇一二三四五六七八九十]{1,4}\s?[年月日号號]|至|到|-|—|～|~){0,6}"
    # "将于下周二和周三(22至23日)访问": weekdays and their days in brackets (Hong Kong)
    rf"|(?:上|本|这|下)?(?:周|週|星期)[一二三四五六日天](?:[和及至到](?:周|週|星期)?[一二三四五六日天])?{_BRACKET})"
    r"\s?(?:上午|下午|晚上|晚间|晚間|中午|傍晚|早上)?"
)
_WHEN = rf"(?:{_WHEN_CORE})?"


@lru_cache(maxsize=1)
def _and_pattern() -> re.Pattern:
    lex = zh_lexicon()
    return re.compile(
        rf"[^，,。；;]{{0,8}}?并(?:作|做|发表)?(?:重要)?({longest_first(lex.participation)})"
    )


def only_headings(text: str, words) -> bool:
    """True when `text` is nothing but titles, organisation names and 、 (`words` longest first)."""
    pos = 0
    while pos < len(text):
        word = match_at(text, pos, words)
        if not word:
            return False
        pos += len(word)
    return True


_BRACKETED = re.compile(_BRACKET)


def _joined(gap: str, words) -> bool:
    gap = _BRACKETED.sub(
        "", gap
    )  # "A(明德)先生、", "副校长(人才及国际战略)B": an alias, a portfolio
    honorific = match_at(gap, 0, zh_lexicon().name_honorifics)
    if honorific and len(gap) > len(honorific):
        gap = gap[len(honorific) :]  # "A博士，X公司董事长B": the title after A's name
    if gap in JOINERS:
        return True
    if gap.startswith(("以及", "，以及", ",以及")):  # "A，以及X公司董事长B": 以及 joins as 及 does
        gap = gap[gap.index("以及") + 1 :]
    group = _group_after_list().match(gap, 1) if gap.startswith("等") else None
    if group and group.end() < len(gap) and gap[group.end()] in ("，", ","):
        gap = gap[group.end() :]  # "A等相关部门负责人，以及X主任B": the list goes on past its group
    post = match_at(gap, 0, words)  # "A书记、B副所长": the title printed after the name
    if post and post != "、" and len(gap) > len(post) and gap[len(post)] in ("，", ",", *JOINERS):
        gap = gap[len(post) :]
        if gap in JOINERS:
            return True
    if not (len(gap) > 1 and gap[0] in ("，", ",", *JOINERS, *_GROUP_MARKS)):
        return False
    officials = _OFFICIALS_GROUP.fullmatch(gap)
    if officials and _names_no_one(officials.group(1)):
        gap = gap[officials.start(2) - 1 :]  # "A，X处有关负责人；Y公司副总经理B": past the item
    return only_headings(gap[1:], words) or _titled_gap(gap[1:], words)


# An item naming no one closed by a semicolon, between two titled names of one list ("A，财务处、
# 审计处有关负责人；X公司副总经理B参加"): group 1 the item, group 2 the next name's titles
_OFFICIALS_GROUP = re.compile(r"[，,、和及与]([^，,。；;：:]{1,30})[；;](.+)")


def officials_tail(tail: str) -> bool:
    """Whether `tail`, after a list's last name, is one more item naming no one ("，X处有关负责人")."""
    return len(tail) > 1 and tail[0] in "，,、和及与" and _names_no_one(tail[1:])


def _names_no_one(item: str) -> bool:
    """Whether a list item is a body's unnamed officials (ends with one of `unnamed_officials`,
    "X处有关负责人"), with no verb of taking part."""
    lex = zh_lexicon()
    ends = load_lexicon("zh")["unnamed_officials"]
    return item.endswith(tuple(ends)) and not any(verb in item for verb in lex.participation)


# A semicolon between two groups of one list of titled names ("…大庆市市长A；广东省发改委主任B等
# 组成的代表团", kg.extract.zh.events carries the first group into the sentence that goes on)
_GROUP_MARKS = ("；", ";")


def _titled_gap(text: str, words) -> bool:
    """An organisation the lexicon does not know and the next name's titles ("，中国X集团党组书记、
    董事长"): short, ending in a title, with no verb and no clause break inside."""
    lex = zh_lexicon()
    titles = [w for w in words if w not in ("、", "兼")] + list(lex.name_honorifics)  # "杰出教授"
    titles += _list_item_titles()  # "X管委会副调研员": a title that gives no post
    if len(text) > 40 or re.search(r"[。；;：:]", text) or not match_before_any(text, titles):
        return False
    ending = max((t for t in titles if text.endswith(t)), key=len)
    head = text[: len(text) - len(ending)]  # "副调研员" holds a verb's characters; it is no verb
    return not any(verb in head for verb in lex.participation)


@lru_cache(maxsize=1)
def _list_item_titles() -> list[str]:
    """Titles that end a list item's titles and give no post (`list_item_titles`)."""
    return list(load_lexicon("zh").get("list_item_titles") or ())


def match_before_any(text: str, words) -> bool:
    return any(text.endswith(w) for w in words)


def groups(s: str, names, words=()) -> list[list[Found]]:
    """The names of `s` in runs: joined by 、/和/及/与, or by a comma or one of those and the next
    name's titles ("A、B，西北分公司总经理C陪同", "A与X公司总经理B签约"); `words` are the titles and
    organisation names."""
    runs: list[list[Found]] = []
    for span in locate(s, names):
        if runs and _joined(s[runs[-1][-1].end : span.start], words):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _skip_tail(s: str, end: int, words) -> int:
    """Past what may stand between a name and its verb besides fillers: "等", commas, titles and
    organisation names ("A等公司领导出席", "A，公司办公室主要负责人参加调研")."""
    skips = (*tuple(zh_lexicon().list_tail_links), "，", ",")
    listed = False  # whether a list's joiner was passed: only then may an unnamed item follow
    start = end
    while True:
        if end > start and _after_pattern().match(s, end):
            # "A会长、B理事等12人出席": the verb after the last name's title and the head count
            return end
        word = match_at(s, end, skips) or match_at(s, end, words)
        officials = None if word else _unnamed_item().match(s, end)
        if officials and (listed or officials.group(1)):
            end = officials.end()  # "、X局负责同志参加": an item of the list that names no one
        elif word:
            end += len(word)
            listed = listed or word in (*JOINERS, "，", ",")  # "A，X部有关负责同志参加会见"
        else:
            break
    group = _group_after_list().match(s, end) if s.endswith("等", 0, end) else None
    if group and s.startswith(("，", ","), group.end()):
        return group.end() + 1  # "A与B等领导，先后深入X调研": the group's verb after a comma
    return group.end() if group else end  # "A、B等党政领导班子成员等出席"


@lru_cache(maxsize=1)
def _unnamed_item() -> re.Pattern:
    """ "、X局负责同志" after a list's last name: a body's unnamed officials (`unnamed_officials`),
    the body a short run of Han characters without a clause break; or several bodies joined by
    、 ("及校办、人事处、科研处负责同志出席": the officials of each)."""
    words = longest_first(load_lexicon("zh")["unnamed_officials"])
    bodies = r"(?:[\u4e00-\u9fff]{1,16}、){0,8}"
    return re.compile(rf"([、和及与]|以及)?{bodies}[\u4e00-\u9fff]{{0,16}}?(?:{words})")


@lru_cache(maxsize=1)
def _group_after_list() -> re.Pattern:
    """A group the names of a list belong to, after its closing 等 ("等党政领导班子成员等",
    "等13位X籍企业家")."""
    nouns = longest_first(load_lexicon("zh")["list_group_nouns"])
    count = r"(?:一行)?(?:[0-9０-９一二三四五六七八九十百]+余?[人名位](?:领导)?)?"
    counted = (
        r"(?:[0-9０-９一二三四五六七八九十百]+余?[人名位])?"  # "等13位X企业家": the count first
    )
    return re.compile(rf"{counted}[\u4e00-\u9fff]{{0,10}}(?:{nouns})等?{count}")


def _parts_after(s: str, end: int, words=(), names=()) -> list[tuple[str, int]]:
    """(part, end of verb) of the participation verbs that follow offset `end`."""
    m = _after_pattern().match(s, end)
    if not m:
        tail = _skip_tail(s, end, words)
        m = _after_pattern().match(s, tail) or _after_unnamed(s, tail, names)
    if not m:
        return []
    lex = zh_lexicon()
    parts = [(_part(m.group(1)), m.end())]
    more = _and_pattern().match(s, m.end())
    if more:
        parts.append((lex.participation[more.group(1)], more.end()))
    return parts


def _after_unnamed(s: str, end: int, names) -> re.Match | None:
    """The verb after the unnamed groups a list of names goes on with ("A、B，各部门、党支部代表参会",
    "A，以及X等25所高校的70多位代表参加了会议", "A，部分委员、特邀代表人士近40人出席"): each
    comma's stretch ends in a group's noun (`unnamed_groups`, a head count after it), with no name,
    no participation verb and none of `unnamed_group_breaks` inside, in one clause of the sentence."""
    lex = zh_lexicon()
    stop = min([i for i in (s.find(p, end) for p in "。；;：:") if i >= 0] or [len(s)])
    for m in _unnamed_group_end().finditer(s, end, min(stop, end + 150)):
        verb = _after_pattern().match(s, m.end())
        if not verb:
            continue
        stretch = s[end : m.end()]
        if (
            locate(stretch, names)
            or any(v in stretch for v in lex.participation)
            or any(w in stretch for w in _unnamed_breaks())
            or not all(
                _unnamed_group_end().fullmatch(seg)
                for seg in re.split(r"[，,]", stretch.lstrip("，,"))
            )
        ):
            return None
        return verb
    return None


@lru_cache(maxsize=1)
def _unnamed_group_end() -> re.Pattern:
    """A stretch (of one comma's segment) ending in an unnamed group's noun, or in the heads of
    units no name says ("相关职能科长", "各科室主任"), and maybe a head count."""
    data = load_lexicon("zh")
    nouns = longest_first(
        (*data["unnamed_groups"], *data["list_group_nouns"], *data["unnamed_officials"])
    )
    heads = rf"(?:{longest_first(data['unnamed_head_openers'])})[^，,。；;：:、]{{0,12}}?(?:{longest_first(data['unnamed_heads'])})"
    count = _HEAD_COUNT
    return re.compile(rf"[^，,。；;：:]{{0,120}}?(?:{nouns}|{heads})等?(?:{count})?")


@lru_cache(maxsize=1)
def _unnamed_breaks() -> tuple[str, ...]:
    return tuple(load_lexicon("zh")["unnamed_group_breaks"])


def _objects(s: str, verb_end: int, verb: str, runs) -> list[tuple[str, str]]:
    part = zh_lexicon().object_parts.get(verb)
    if not part:
        return []
    clause_end = min([i for i in (s.find(p, verb_end) for p in "，,。；;") if i >= 0] or [len(s)])
    # "会见了X省委书记A，省长B": a run of titled names begun in the verb's clause goes on past
    # its comma (kg.extract.zh.participation.groups joined them); all of it was met
    return [
        (native, part)
        for run in runs
        if verb_end <= run[0].start < clause_end
        for _, _, native in run
    ]


def sentence_parts(s: str, names, words=()) -> list[tuple[str, str]]:
    """(Han name, part) for each participation stated in sentence `s`.

    `words` (titles, organisation names, 、; longest first) may join names
    separated by a comma into one run."""
    runs, out = groups(s, names, words), _lead_in_parts(s, names) + _escort_parts(s, names)
    out += _received_parts(s, names)
    cited = zh_lexicon().cited_after
    for run in runs:
        if cited and s.endswith(cited, 0, run[0].start):
            continue  # "贯彻A总书记考察X重要讲话精神": A is cited, not present
        if _on_behalf_of(s, run[0].start, runs):
            continue  # "副市长A今天代表市长B率团出访": A acts for B; B is not there
        for part, verb_end in _parts_after(s, run[-1].end, words, names):
            out += [(native, part) for _, _, native in run]
            verb = next((v for v in zh_lexicon().participation if s.endswith(v, 0, verb_end)), "")
            out += _objects(s, verb_end, verb, runs)
    placed: dict[str, set[str]] = {}
    for native, part in out:
        placed.setdefault(native, set()).add(part)
    out += _leader_parts(s, runs, words, placed)
    out += [(n, p) for n, p in _scene_subjects(s, runs, words) if n not in placed]
    out += [(n, p) for n, p in _opening_speaker(s, runs, words) if n not in placed]
    return out + _both_sides(s, runs, cited, placed)


def _leader_parts(s: str, runs, words, placed: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The leader of the people who took part, named before a verb of leading and them ("A议长则率
    B、C等议员，一同接待X"): A takes their part, when A's run has none of its own and only titles,
    fillers and one of `delegation_lead_verbs` stand between A and them, in one clause."""
    out = []
    for run, led in pairwise(runs):
        parts = placed.get(led[0].text) or set()
        if len(parts) != 1 or any(f.text in placed for f in run):
            continue
        if _leads(s[run[-1].end : led[0].start], words):
            out += [(f.text, next(iter(parts))) for f in run]
    return out


def _leads(gap: str, words) -> bool:
    """Whether `gap`, between a name and the names it leads, is titles and fillers (`words`,
    `lead_fillers`), a verb of leading (`delegation_lead_verbs`), then no clause break."""
    data = load_lexicon("zh")
    skips = (*zh_lexicon().fillers, *(data.get("lead_fillers") or ()))
    verbs = data.get("delegation_lead_verbs")
    if not verbs:
        return False
    pos = 0
    while word := match_at(gap, pos, words) or match_at(gap, pos, skips):
        pos += len(word)
    return re.fullmatch(rf"(?:{longest_first(verbs)})[^，,。；;：:]*", gap[pos:]) is not None


@lru_cache(maxsize=1)
def _scene_pattern() -> re.Pattern:
    """A clause that opens a sentence at the meeting itself ("会上，", "在随后的座谈会上，")."""
    scenes = longest_first(load_lexicon("zh")["scene_openers"])
    return re.compile(rf"[^，,。；;：:]{{0,10}}?(?:{scenes})[，,]")


def _scene_subjects(s: str, runs, words) -> list[tuple[str, str]]:
    """The titled names that open a sentence set at the meeting ("座谈会上，X集团董事长A，Y医院院长B
    对…表示感谢，汇报了…"): they spoke there, whatever their verb. Not a name another word stands
    before ("会上，大家听取了A的汇报"), a name cited with 的, nor one acted on (被)."""
    scene = _scene_pattern().match(s)
    if scene is None or not runs:
        return []
    run = runs[0]
    gap = s[scene.end() : run[0].start]
    if gap and not (only_headings(gap, words) or _titled_gap(gap, words)):
        return []
    if s.startswith(("的", "被"), run[-1].end):
        return []  # "会上，A的讲话", "会上，A被任命为X": cited, or acted on
    return [(native, "speaker") for _, _, native in run]


def _opening_speaker(s: str, runs, words) -> list[tuple[str, str]]:
    """A titled name opening a sentence of the meeting's report, with a verb of speech and a comma
    right after it ("县委副书记A强调，…"): A spoke there. Only one name with its titles before it
    and nothing else; not a leader whose words are usually quoted (`quoted_leader_titles`)."""
    data = load_lexicon("zh")
    verbs = data.get("opening_speech_verbs") or ()
    if not runs or not verbs or len(runs[0]) != 1:
        return []
    run = runs[0]
    gap = s[: run[0].start].strip()
    if not gap or not only_headings(gap, words):
        return []
    if any(t in gap for t in data.get("quoted_leader_titles") or ()):
        return []
    rest = s[run[0].end :].removeprefix("同志")
    if not any(
        rest.startswith(v) and rest[len(v) : len(v) + 1] in ("，", ",", "：", ":") for v in verbs
    ):
        return []
    return [(run[0].text, "speaker")]


_BEHALF = re.compile(r"代表[^，,。；;、\s]{0,8}$")


def _on_behalf_of(s: str, start: int, runs) -> bool:
    """A name after 代表 ("on behalf of", with a title between) when someone named earlier in the
    same clause is the one who acts ("A代表市长B致辞"): B is only represented."""
    m = _BEHALF.search(s, 0, start)
    if not m:
        return False
    return any(
        run[-1].end <= m.start() and not re.search(r"[，,。；;]", s[run[-1].end : m.start()])
        for run in runs
    )


def _both_sides(s: str, runs, cited, placed: dict[str, set[str]]) -> list[tuple[str, str]]:
    """ "A、B与C、D举行会谈": everyone named in the clause of a mutual verb, before it, when a 与/同
    stands between two of the names, takes part as the verb says; names another verb of the
    sentence placed already ("A主持会议，B与C签约": A) are left to it."""
    lex = zh_lexicon()
    out: list[tuple[str, str]] = []
    for verb in lex.mutual_verbs:
        at = s.find(verb)
        if at < 0:
            continue
        named = [span for run in runs for span in run if span.end <= at]
        named = [sp for sp in named if not (cited and s.endswith(cited, 0, sp.start))]
        # "A与B交流座谈": a mutual verb inside a longer verb that is no participation verb itself
        part = lex.participation.get(verb, "attendee")
        if len(named) < 2:
            continue
        between = s[named[0].end : named[-1].start]
        clause = s[named[0].start : at]
        if any(link in between for link in lex.mutual_links) and "。" not in clause:
            # "A赴X考察，与B、C深入交流": B and C; A's visit is told already
            out += [(sp.text, part) for sp in named if placed.get(sp.text, {part}) == {part}]
        break
    return out


def _in_phrase(closings) -> re.Pattern:
    """ "在<names>" closed by one of `closings` ("的陪同下", "的带领下"): group 1 the names."""
    spaced = "|".join(  # "的帶領 下": some pages print a space inside the phrase
        r"\s?".join(map(re.escape, c)) for c in sorted(closings, key=lambda w: (-len(w), w))
    )
    return re.compile(rf"在([^。；;]{{1,150}}?)(?:{spaced})")


@lru_cache(maxsize=1)
def _escort_pattern() -> re.Pattern:
    return _in_phrase(zh_lexicon().escort_closings)


def _escort_parts(s: str, names) -> list[tuple[str, str]]:
    """ "A在B、C等领导的陪同下，来到...调研": B and C accompanied, A (named right before 在) came on
    the visit the rest of the sentence states; "在B、C的带领下，走访了X": B and C led it (visitors)."""
    out: list[tuple[str, str]] = []
    spans = locate(s, names)
    lex = zh_lexicon()
    for m in _escort_pattern().finditer(s):
        out += [(n, "accompanier") for s0, _, n in spans if m.start(1) <= s0 < m.end(1)]
        before = [span for span in spans if span.end <= m.start()]
        rest = s[m.end() :]
        visit = next((v for v in lex.visit_words if v in rest), None)
        if (
            before
            and visit
            and re.fullmatch(rf"(?:{longest_first(lex.fillers)})*", s[before[-1].end : m.start()])
        ):
            out.append((before[-1].text, lex.participation.get(visit, "visitor")))
    for m in _witness_pattern().finditer(s):  # "在A、B共同见证下，…签署协议": A and B attended
        out += [(n, "attendee") for s0, _, n in spans if m.start(1) <= s0 < m.end(1)]
    for m in _lead_pattern().finditer(s):  # "在A、B的带领下，走访了X": A and B led the visit
        rest = s[m.end() :]
        visit = next((v for v in lex.visit_words if v in rest), None)
        if visit:
            part = lex.participation.get(visit, "visitor")
            out += [(n, part) for s0, _, n in spans if m.start(1) <= s0 < m.end(1)]
    return out


@lru_cache(maxsize=1)
def _received_pattern() -> re.Pattern:
    """ "受到<names>等的热情接待": group 1 the hosts' stretch, group 2 the reception's verb."""
    data = load_lexicon("zh")
    return re.compile(
        rf"(?:{longest_first(data['received_openers'])})([^。；;]{{1,150}}?)等?的?"
        rf"(?:{longest_first(data['received_closings'])})"
    )


def _received_parts(s: str, names) -> list[tuple[str, str]]:
    """The hosts a visit was received by ("访问X，受到该会会长A、副会长B等的热情接待"): the names
    inside the passive phrase, with the part of its verb (接待: host)."""
    out: list[tuple[str, str]] = []
    spans = locate(s, names)
    lex = zh_lexicon()
    for m in _received_pattern().finditer(s):
        tail = s[m.end(1) : m.end()]
        verb = next((v for v in lex.participation if tail.endswith(v)), None)
        part = lex.participation.get(verb, "host") if verb else "host"
        out += [(n, part) for s0, _, n in spans if m.start(1) <= s0 < m.end(1)]
    return out


@lru_cache(maxsize=1)
def _witness_pattern() -> re.Pattern:
    return _in_phrase(load_lexicon("zh").get("witness_closings") or ("见证下",))


@lru_cache(maxsize=1)
def _lead_pattern() -> re.Pattern:
    return _in_phrase(load_lexicon("zh")["lead_closings"])


@lru_cache(maxsize=1)
def _lead_in_pattern() -> re.Pattern:
    lex = zh_lexicon()
    people = longest_first(lex.lead_in_people)
    # "随行的包括A、B", "陪同X访问的官员包括A", "出席活动的X机构主要负责人包括A": 包括 closes a
    # lead-in too, after a longer group than 有 (`lead_in_includes`)
    includes = longest_first(load_lexicon("zh").get("lead_in_includes") or ("包括",))
    return re.compile(  # "出席会议的有", "陪同王某来学院调研的职能部门领导有", "出席人员还有"
        rf"({longest_first(lex.lead_in_verbs)})(?:(?:{longest_first(lex.lead_in_objects)}|[^，,。；;：:的]{{1,20}}?)?的"
        # "来访的X有限公司总裁A": the 有 of 有限 closes no lead-in
        rf"(?:[^，,。；;：:有]{{0,8}}?(?:{people})*有(?!限)|[^，,。；;：:有]{{0,24}}?(?:{includes}))"
        rf"|(?:{people})+(?:有|{includes})|[，,](?:{includes}))[：:]?"  # "到场观礼，包括A"
    )


def lead_in_closing(s: str) -> str | None:
    """The part of the people listed on the lines after `s` when `s` ends with a lead-in and a
    colon ("出席座谈会的还有：" then one titled name a line), else None."""
    text = s.rstrip()
    if not text.endswith(("：", ":")):
        return None
    last = None
    for found in _lead_in_pattern().finditer(text):
        last = found
    if last is None or last.end() != len(text):
        return None
    return zh_lexicon().lead_in_verbs[last.group(1)]


def _lead_in_parts(s: str, names) -> list[tuple[str, str]]:
    """Names after "出席会议的有", "参加会议的领导还有" and the like; after "代表团成员包括" (visitors)."""
    out = []
    m = _lead_in_pattern().search(s)
    if m:
        part = zh_lexicon().lead_in_verbs[m.group(1)]
        out += [(native, part) for s0, _, native in locate(s, names) if s0 >= m.end()]
    members = _members_pattern().search(s)
    if members:
        out += [(native, "visitor") for s0, _, native in locate(s, names) if s0 >= members.end()]
    return out


@lru_cache(maxsize=1)
def _members_pattern() -> re.Pattern:
    data = load_lexicon("zh")
    return re.compile(
        rf"(?:{longest_first(data['delegation_words'])})(?:{longest_first(data['member_links'])})[：:]?"
    )


def best_parts(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """One part per name: the highest ranked of `part_rank`."""
    rank = {p: i for i, p in enumerate(zh_lexicon().part_rank)}
    best: dict[str, str] = {}
    for name, part in pairs:
        if name not in best or rank.get(part, 99) < rank.get(best[name], 99):
            best[name] = part
    return best
