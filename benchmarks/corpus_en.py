"""English article templates, in the style of machine-translated Chinese corporate news.

Each template takes a :class:`~benchmarks.corpus_text.Writer`, the publication
date and the organisation(s) it reports on, and returns the article text; the
writer's gold records what the text states.
"""

from __future__ import annotations

from datetime import date, timedelta

from benchmarks.corpus_text import MONTHS, Writer, join_en, ordinal
from benchmarks.corpus_world import Org

SPEECH = "delivered a speech entitled “{}”"


def _body(w: Writer, year: int, people, low: int, high: int) -> list[str]:
    """Speech paragraphs and plain filler paragraphs, shuffled."""
    paras = [w.said(p, "filler_en", year) for p in people for _ in range(w.rng.randint(1, 2))]
    paras += w.filler("fillers_plain_en", year, w.rng.randint(low, high))
    w.rng.shuffle(paras)
    return paras


def _others(w: Writer, org: Org, taken, k: int):
    rest = [p for p, _ in org.team if p not in taken]
    return w.rng.sample(rest, min(k, len(rest)))


def work_meeting(w: Writer, pub: date, org: Org) -> str:
    """'7 month26 day, the company held2022 annual working meeting. Name, titles of the company, ...'"""
    day = pub - timedelta(days=w.rng.randint(0, 4))
    kind, meeting = w.rng.choice(w.words["meetings_en"])
    meeting = meeting.format(year=day.year)
    head, gm, disc = (org.team[i][0] for i in (0, 1, 2))
    cfo = org.holder("chief-financial-officer") or org.team[-1][0]
    org_name = w.org(org, "short")
    headline = f"{w.rng.choice(w.words['slogans_en'])}, {org_name} Held a {meeting.title()}"
    held = f"held{meeting}" if w.rng.random() < 0.5 else f"held the {meeting}"
    lead = (
        f"{w.en_day(day)}, the company {held}. {w.after(head, org, org.roles_of(head))}, "
        f"{SPEECH.format(w.rng.choice(w.words['slogans_en']).lower())}. "
        f"{w.after(gm, org, org.roles_of(gm))}, made a work report, and "
        f"{w.after(disc, org, org.roles_of(disc))}, presided over the meeting."
    )
    parts = {head: "speaker", gm: "reporter", disc: "chair"}
    paras = [lead, *_body(w, day.year, (head, gm), 22, 40)]
    others = _others(w, org, (head, gm, disc, cfo), w.rng.randint(0, 3))
    if others:
        paras.append(
            f"Other members of the leadership team {join_en([w.name(p) for p in others])} "
            "attended the meeting."
        )
        for p in others:
            w.claim(p, org, ("leadership-member",), paras[-1])
            parts[p] = "attendee"
    paras.append(
        f"{w.after(cfo, org, org.roles_of(cfo)[:2])}, made an analysis report on business "
        f"activities in the first half of {day.year}."
    )
    parts[cfo] = "reporter"
    w.gold.event(kind, meeting, day, parts, organizer=org)
    top = [headline, f"from:Network date:{pub.isoformat()} reading:{w.rng.randint(200, 5000)}"]
    return "\n\n".join(top + paras) + "\n"


def leaders_conference(w: Writer, pub: date, org: Org, group: Org) -> str:
    """'Company leaders A, B, C ... attended Meeting. The meeting was chaired by X.'"""
    day = pub - timedelta(days=w.rng.randint(1, 60))
    kind, meeting = w.rng.choice(w.words["meetings_en"])
    meeting = meeting.format(year=day.year)
    org_name, group_name = w.org(org, "short"), w.org(group, "short")
    headline = f"{org_name} convenes {meeting}"
    leaders = [p for p, _ in org.team][: w.rng.randint(5, len(org.team))]
    names = [w.name(p) for p in leaders]
    lead = (
        f"On {MONTHS[day.month - 1]} {day.day}, {org_name} held the {meeting}. Company leaders "
        f"{', '.join(names)} and members of the leadership team of various departments and units "
        "attended Meeting."
    )
    for p in leaders:
        w.claim(p, org, ("leadership-member",), lead)
    chair, conveyor, analyst, reporter, speaker = (leaders[i] for i in (2, 3, 1, 4, 0))
    paras = [
        lead,
        f"The meeting was chaired by {w.name(chair)}.",
        f"{w.name(conveyor)} conveyed the spirit of {group_name}’s {day.year} work conference.",
        f"{w.name(analyst)} summarized and analyzed the company’s production and operation in the first "
        "half of the year, and decomposed the indicators for the second half of the year.",
        f"{w.name(reporter)} delivered a work report entitled “{w.rng.choice(w.words['slogans_en'])}”.",
        f"{w.name(speaker)} {SPEECH.format(w.rng.choice(w.words['slogans_en']))}.",
        *_body(w, day.year, (speaker, reporter), 22, 40),
    ]
    parts = dict.fromkeys(leaders, "attendee")
    parts.update(
        {
            chair: "chair",
            conveyor: "speaker",
            analyst: "reporter",
            reporter: "reporter",
            speaker: "speaker",
        }
    )
    w.gold.event(kind, meeting, day, parts, organizer=org)
    media = w.rng.choice(w.words["media_en"])
    top = [
        f"Home » {w.rng.choice(w.words['sections_en'])} » {w.rng.randint(1, 9)} » {headline}",
        headline,
        f"Posted by: {w.rng.choice(w.words['posters'])} {pub.isoformat()} Comments Off on {headline}",
    ]
    tail = [
        f"Link to this article:{headline}",
        "Reprint Statement: If there are no special instructions, all articles on this site are original. "
        f"Please indicate the source for reprinting:{media},thanks!^^",
    ]
    return "\n\n".join(top + paras + tail) + "\n"


def investigation(w: Writer, pub: date, group: Org) -> str:
    """'from June 15 to 18, Name, party secretary and chairman of X, successively went to A, B and C.'"""
    start = pub - timedelta(days=w.rng.randint(5, 15))
    end = start + timedelta(days=w.rng.randint(1, 3))
    subs = [w.world.orgs[k] for k in group.subs]
    w.rng.shuffle(subs)
    group_name = w.org(group, "short")
    head = group.team[0][0]
    media = w.rng.choice(w.words["media_en"])
    abbr = "".join(x[0] for x in media.split())
    sites = [w.org(s, "short") for s in subs]
    lead = (
        f"{abbr}: {w.en_span(start, end)}, {w.after(head, group, group.team[0][1], group_name)}, "
        f"successively went to {join_en(sites)} to investigate."
    )
    paras = [lead]
    for i, _sub in enumerate(subs[:3]):
        day = min(start + timedelta(days=i), end)
        paras.append(
            f"On {MONTHS[day.month - 1]} {day.day}, during the investigation and study in "
            f"{sites[i]}, {w.name(head)} and his party went to the production site to understand the "
            "production process and management, and listened to the work report of the enterprise."
        )
        paras += _body(w, start.year, (head,), 6, 12)
    escorts = _others(w, group, (head,), 2)
    visit = {head: "visitor"}
    escort_text = [w.after(p, group, group.roles_of(p)[-1:], group_name) for p in escorts]
    officials = []
    city_sub = next((s for s in subs if s.city), None)
    if city_sub:
        officials = _met_officials(w, start, head, city_sub, paras, escorts)
    paras.append(
        f"{join_en(escort_text)}, and heads of relevant departments and enterprises of {group_name} "
        "participated in the above activities."
    )
    visit.update(dict.fromkeys(escorts, "accompanier"))
    w.gold.event(
        "visit",
        f"{w.name(head)}'s investigation trip",
        start,
        visit,
        end=end,
        optional_attendees=officials,
    )
    contact, stranger = w.rng.choice(w.words["western_given"]), w.world.new_person()
    w.gold.person(stranger, f"{contact} {stranger.family.upper()}", optional=True)
    top = [
        f"Home / Metal News / {group_name} / {group_name}: adhere to the new development concept",
        f"{group_name}: adhere to the new development concept and improve the management system",
        f"{MONTHS[pub.month - 1][:3]} {pub.day},{pub.year} {w.rng.randint(8, 18)}:{w.rng.randint(10, 59)}CST",
        f"Source:{media}",
        f"The content below was translated by {w.rng.choice(w.words['translators'])} "
        "automatically for reference.",
    ]
    tail = [
        f"Scan the QR code and join the {abbr} metal communication group.",
        f"For queries, please contact {contact} {stranger.family.upper()} at {contact.lower()}@example.com",
    ]
    return "\n\n".join(top + paras + tail) + "\n"


def _met_officials(w: Writer, day: date, head, sub: Org, paras: list[str], escorts) -> list:
    """'During the research, X also met with S, secretary of the City Municipal CPC Committee, and M, mayor.'"""
    city, committee = w.world.city_of(sub)
    sec, mayor = committee.team[0][0], city.team[0][0]
    sec_text = f"{w.name(sec)}, secretary of the {w.org(committee, 'full')}"
    mayor_text = f"{w.name(mayor)}, mayor of {w.org(city, 'full')}"
    w.claim(sec, committee, ("party-secretary",), sec_text)
    w.gold.role(sec, "party-secretary", city, sec_text, optional=True)
    w.claim(mayor, city, ("mayor",), mayor_text)
    paras.append(
        f"During the research, {w.name(head)} also met with {sec_text}, and {mayor_text}, on the "
        f"{ordinal(day.day)}, and the two sides fully exchanged views and reached consensus on further "
        "deepening cooperation."
    )
    w.gold.event(
        "talks",
        f"{w.name(head)} meets {city.en} officials",
        day,
        {head: "attendee", sec: "met", mayor: "met"},
        optional_attendees=escorts,
    )
    return [sec, mayor]


def exchange_visit(w: Writer, pub: date, guest: Org, host: Org) -> str:
    """'X Chairman & Party Secretary A and General Manager B visited Y where they met with Y Chairman C.'"""
    day = pub - timedelta(days=w.rng.randint(1, 4))
    a, b = guest.team[0][0], guest.team[1][0]
    c, d = host.team[0][0], host.team[1][0]
    guest_abbr, host_abbr = guest.abbr or guest.en_short, host.abbr or host.en_short
    w.org(guest, "abbr"), w.org(host, "abbr")
    lead = (
        f"{w.en_day(day)}, {w.before(a, guest, guest.team[0][1], w.org(guest, 'full'))} "
        f"and {w.before(b, guest, guest.team[1][1][::-1])} visited the {w.org(host, 'full')} (‘{host_abbr}’) "
        f"where they met with {w.before(c, host, host.team[0][1], host_abbr)}. Both parties held an exchange "
        "and discussion on such common concerns as deepening reform, strengthening management and so on."
    )
    g_lead = _others(w, guest, (a, b), w.rng.randint(2, 6))
    h_lead = _others(w, host, (c, d), w.rng.randint(2, 6))
    attended = (
        f"The meeting was attended by {guest_abbr} leaders {join_en([w.name(p) for p in g_lead])}, and "
        f"{host_abbr} leaders {join_en([w.name(p) for p in h_lead])}."
    )
    for who, org in ((g_lead, guest), (h_lead, host)):
        for p in who:
            w.claim(p, org, ("leadership-member",), attended)
    paras = [
        lead + " " + attended,
        f"{w.name(c)} welcomed {w.name(a)} and his delegation and introduced the successful experience of "
        f"{host_abbr} in deepening reform in recent years.",
        *_body(w, day.year, (c, a, b), 20, 36),
        f"{w.name(a)} thanked {w.name(c)} for his warm reception and sharing of experience.",
        f"Before the meeting, accompanied by {host_abbr} leaders {w.name(c)} and {w.name(d)}, the delegation "
        f"of {w.name(a)} and {w.name(b)} visited {host_abbr}’s exhibition hall.",
    ]
    w.claim(d, host, ("leadership-member",), paras[-1])
    parts = {a: "visitor", b: "visitor", c: "host", d: "accompanier"}
    parts.update(dict.fromkeys(g_lead + h_lead, "attendee"))
    w.gold.event("visit", f"{guest.en_short} visits {host.en_short}", day, parts, organizer=None)
    headline = f"{guest.en_short} Visits {host.en} for Investigation, Survey and Exchange"
    top = [
        "Position: Homepage > Focus > Picture news",
        headline,
        f"{w.name(a)}, {w.name(b)} and {w.name(c)} jointly discuss deepening reform and other topics",
        f"CopyFrom:{guest_abbr} Date:{pub.day} {MONTHS[pub.month - 1]} {pub.year}",
        "+ . -",
    ]
    return "\n\n".join(top + paras) + "\n"


def talks(w: Writer, pub: date, org: Org, other: Org) -> str:
    """'On the afternoon of May 8, A, chairman of X, met with B, president of Y, and his delegation.'"""
    day = pub - timedelta(days=w.rng.randint(0, 3))
    a, b = org.team[0][0], other.team[1][0]
    c = org.team[w.rng.randint(4, len(org.team) - 1)][0]
    city = org.seat()
    lead = (
        f"{w.en_day(day)}, {w.after(a, org, org.team[0][1][-1:], w.org(org, 'full'))}, met with "
        f"{w.after(b, other, other.team[1][1][-1:], w.org(other, 'full'))}, and his delegation in {city[1]}. "
        "The two sides held talks on deepening strategic cooperation, resource development and green "
        "low-carbon transformation."
    )
    paras = [
        lead,
        *_body(w, day.year, (a, b), 20, 36),
        f"{w.after(c, org, org.roles_of(c)[-1:], w.org(org, 'short'))}, attended the meeting.",
    ]
    w.gold.event(
        "talks",
        f"{org.en_short} and {other.en_short} hold talks",
        day,
        {a: "host", b: "met", c: "attendee"},
        location=city[1],
    )
    headline = f"{org.en_short} and {other.en_short} Hold Talks on Deepening Cooperation"
    top = [headline, f"Time: {pub.isoformat()}   Source: {w.rng.choice(w.words['media_en'])}"]
    tail = ["Copyright © All rights reserved."]
    return "\n\n".join(top + paras + tail) + "\n"
