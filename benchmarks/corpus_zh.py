"""Chinese article templates, in the style of company news pages.

Same contract as :mod:`benchmarks.corpus_en`: a template takes a writer, the
publication date and organisations, returns the text, and the writer's gold
records what it states.
"""

from __future__ import annotations

from datetime import date, timedelta

from benchmarks.corpus_text import Writer
from benchmarks.corpus_world import Org


def _body(w: Writer, year: int, people, low: int, high: int) -> list[str]:
    paras = [w.said(p, "filler_zh", year) for p in people]
    paras += w.filler("fillers_plain_zh", year, w.rng.randint(low, high))
    w.rng.shuffle(paras)
    return paras


def _header(w: Writer, group: Org, headline: str, pub: date) -> list[str]:
    dept = w.rng.choice(w.words["media_zh"])
    return [f"{group.zh_short}网站群", "公司要闻", headline, f"来源: {dept}时间: {pub.isoformat()}"]


def _footer(w: Writer, org: Org) -> list[str]:
    return [
        "附件:",
        f"{org.zh}网站|企业简介|联系我们|成员企业|信访联系|法律声明",
        f"版权所有 {org.zh} 京ICP备{w.rng.randint(10**7, 10**8 - 1)}号-1",
    ]


def congress(w: Writer, pub: date, org: Org, group: Org) -> str:
    """'2月2日，X一届四次职工代表大会在某地召开。…X党委书记、董事长某某出席会议并讲话…'"""
    day = pub - timedelta(days=w.rng.randint(1, 3))
    kind, meeting = w.rng.choice(w.words["meetings_zh"])
    meeting = meeting.format(
        year=day.year, n="一二三"[w.rng.randint(0, 2)], m="一二三四五"[w.rng.randint(0, 4)]
    )
    name = w.org(org, "short")
    province, city = org.in_province(), org.city or (None, None)
    place = f"{province[0]}{city[0] or ''}"
    head, gm, third = (org.team[i][0] for i in (0, 1, 3))
    members = [p for p, _ in org.team[4 : 4 + w.rng.randint(2, 5)]]
    lead = (
        f"{w.zh_day(day)}，{name}{meeting}在{place}召开。{w.rng.choice(w.words['intro_zh'])}"
        f"{w.zh_title(head, org, org.team[0][1], name)}出席会议并讲话，"
        f"{w.zh_title(gm, org, org.team[1][1], name)}作工作报告，"
        f"{w.zh_title(third, org, org.team[3][1], name)}主持会议，"
        f"公司领导班子成员{'、'.join(w.name(p) for p in members)}出席会议。"
    )
    for p in members:
        w.claim(p, org, ("leadership-member",), lead)
    w.org(group, "short")
    paras = [
        lead,
        f"{w.name(head)}指出，要深入学习贯彻{group.zh_short}工作会议精神。",
        *_body(w, day.year, (head, head, gm), 24, 36),
        f"{name}总经理助理，本部部门负责人，所属各企业主要负责人以及职工代表等参加会议。",
    ]
    parts = {head: "speaker", gm: "reporter", third: "chair"}
    parts.update(dict.fromkeys(members, "attendee"))
    w.gold.event(kind, meeting, day, parts, location=place, organizer=org)
    return (
        "\n\n".join(_header(w, group, f"{name}召开{meeting}", pub) + paras + _footer(w, org)) + "\n"
    )


def research(w: Writer, pub: date, group: Org) -> str:
    """'3月15日至17日，X党委书记、董事长某某赴A、B调研。'"""
    start = pub - timedelta(days=w.rng.randint(3, 10))
    end = start + timedelta(days=w.rng.randint(1, 2))
    name = w.org(group, "short")
    head = group.team[0][0]
    subs = [w.world.orgs[k] for k in (group.subs[1:] or group.subs)]
    sites = [w.org(s, "short") for s in subs]
    escort = group.team[w.rng.randint(4, 6)][0]
    lead = (
        f"{w.zh_span(start, end)}，{w.zh_title(head, group, group.team[0][1], name)}赴{'、'.join(sites)}调研。"
        f"{w.zh_title(escort, group, group.roles_of(escort)[-1:], name)}陪同调研。"
    )
    paras = [lead]
    for site in sites:
        paras.append(f"在{site}，{w.name(head)}一行深入生产一线，详细了解企业生产经营情况。")
        paras += _body(w, start.year, (head,), 8, 14)
    parts = {head: "visitor", escort: "accompanier"}
    officials = []
    if subs and subs[0].city:
        officials = _met_officials(w, start, head, subs[0], paras)
    w.gold.event(
        "visit", f"{w.name(head)}调研", start, parts, end=end, optional_attendees=officials
    )
    headline = f"{w.name(head)}赴{sites[0]}调研"
    return "\n\n".join(_header(w, group, headline, pub) + paras + _footer(w, group)) + "\n"


def _met_officials(w: Writer, day: date, head, sub: Org, paras: list[str]) -> list:
    city, committee = w.world.city_of(sub)
    sec, mayor = committee.team[0][0], city.team[0][0]
    sec_text = f"{w.org(city, 'short')}市委书记{w.name(sec)}"
    mayor_text = f"市长{w.name(mayor)}"
    w.org(committee, "short")
    w.claim(sec, committee, ("party-secretary",), sec_text)
    w.gold.role(sec, "party-secretary", city, sec_text, optional=True)
    w.claim(mayor, city, ("mayor",), sec_text + "、" + mayor_text)
    paras.append(
        f"{day.day}日，{w.name(head)}在{city.zh_short}会见了{sec_text}、{mayor_text}，"
        "双方就进一步深化合作进行了交流。"
    )
    w.gold.event(
        "talks",
        f"{w.name(head)}会见{city.zh_short}市领导",
        day,
        {head: "attendee", sec: "met", mayor: "met"},
    )
    return [sec, mayor]


def meets(w: Writer, pub: date, org: Org, other: Org) -> str:
    """'5月8日，X董事长某某在某地会见了Y总经理某某一行。'"""
    day = pub - timedelta(days=w.rng.randint(0, 2))
    a, b, c = org.team[0][0], other.team[1][0], org.team[w.rng.randint(4, 6)][0]
    place = org.seat()[0]
    name, other_name = w.org(org, "short"), w.org(other, "short")
    lead = (
        f"{w.zh_day(day)}，{w.zh_title(a, org, org.team[0][1], name)}在{place}会见了"
        f"{w.zh_title(b, other, other.team[1][1][-1:], other_name)}一行。"
    )
    paras = [
        lead,
        *_body(w, day.year, (a, b), 20, 32),
        f"{w.zh_title(c, org, org.roles_of(c)[-1:], name)}参加会见。",
    ]
    w.gold.event(
        "talks",
        f"{name}会见{other_name}",
        day,
        {a: "host", b: "met", c: "attendee"},
        location=place,
    )
    headline = f"{w.name(a)}会见{w.name(b)}一行"
    return "\n\n".join(_header(w, org, headline, pub) + paras + _footer(w, org)) + "\n"
