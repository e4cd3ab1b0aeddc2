"""Publishers named by a Chinese story's credits: "X讯" and "X北京7月2日电" opening the lead,
"【X 记者 …】", "据X记者…", a picture's "（图/X）" (the words are `news_credits` in
kg/vocab/zh.yml).

A news site or paper is an organisation the page names; it is read only where a credit
shape frames it, so a word that merely ends in 网 or 报 elsewhere is not taken for one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.alternation import longest_first
from kg.extract.zh.lexicon import zh_lexicon
from kg.model import Article, Evidence, OrgMention
from kg.vocab import load_lexicon

_HAN = r"[\u4e00-\u9fff]"
_DAY = r"(?:\d{1,2}月\d{1,2}日)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    data = load_lexicon("zh")["news_credits"]
    endings = longest_first(zh_lexicon().field_org_endings)
    apps, reporters = longest_first(data["app_words"]), longest_first(data["reporter_words"])
    marks, reports = longest_first(data["lead_marks"]), longest_first(data["report_words"])
    photos, not_agency = longest_first(data["photo_words"]), longest_first(data["not_agency_marks"])
    publisher = rf"{_HAN}{{1,10}}(?:{endings})"  # greedy: "中国日报网", not "中国日报"
    named = rf"(?P<name>{publisher}|{_HAN}{{2,8}}(?=\s*(?:{apps})))"
    return (
        # the lead: "新京报讯", "中国网海峡频道7月24日讯", "中华网四川消息", "新华社北京3月5日电"
        re.compile(
            rf"^[ \t\u3000【\[]*{named}\s*(?:{apps})?{_HAN}{{0,6}}?{_DAY}?(?:{marks})", re.M
        ),
        # a bracket or 据 before a reporter: "【大河财立方 记者 X】", "（X记者 Y）", "据X记者"
        re.compile(
            rf"(?:[【\[（(]|据)\s*(?P<name>{_HAN}{{2,10}}?|{publisher})\s*(?:{apps})?\s*(?:{reporters})"
        ),
        # "据新华社报道", "据X网消息"
        re.compile(rf"据(?P<name>{publisher})(?:{reports})"),
        # a picture's credit to an agency: "（图/X社）" (not "（图/记者X摄）", "（图/取自X）")
        re.compile(
            rf"[（(]\s*(?:{photos})\s*[/／]\s*(?!{not_agency})"
            rf"(?P<name>(?:(?!{not_agency}){_HAN}){{2,10}})\s*[)）]"
        ),
    )


@lru_cache(maxsize=1)
def _own() -> tuple[str, ...]:
    return tuple(load_lexicon("zh")["news_credits"]["own_names"])


def credit_orgs(article: Article) -> list[OrgMention]:
    """A mention of each publisher the story's credits name, in the order of the text."""
    found: dict[str, OrgMention] = {}
    text = article.text
    for pattern in _patterns():
        for m in pattern.finditer(text):
            name = m.group("name")
            if name.startswith(_own()) or name in zh_lexicon().not_orgs or name in found:
                continue
            start = text.rfind("\n", 0, m.start("name")) + 1
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            evidence = Evidence(article.ident, start, end, text[start:end])
            found[name] = OrgMention(name, evidence, native=name)
    return sorted(found.values(), key=lambda o: o.evidence.start)
