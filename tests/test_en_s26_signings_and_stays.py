"""Session 26: "the agreement was signed by Minister A and Minister B" makes A and B take part
in the signing; "in a statement signed by A, media aide to the governor" is a paper's signer, no
event; a day after "until" ends a stay and does not date the sentence's event."""

from __future__ import annotations

from tests.helpers_en import attendees, extract_en

HEADLINE = "Westmark and Eastland sign trade pact"


def test_an_agreement_signed_by_two_ministers() -> None:
    found = extract_en(
        "Westmark and Eastland signed a memorandum of understanding on trade on Wednesday. The "
        "agreement was signed by Trade Minister Ruth Adeyemi and Commerce Minister Samuel Obi.",
        headline=HEADLINE,
    )
    [event] = [e for e in found.events if e.start and e.start.isoformat() == "2023-05-03"]
    parts = attendees(event)
    assert "Ruth Adeyemi" in parts and "Samuel Obi" in parts


def test_the_signer_of_a_statement_takes_no_part() -> None:
    found = extract_en(
        "Governor Tomas Vinter on Wednesday received the managing director of Brightwell Energy "
        "Limited, Grace Ekpo, at Government House. This was contained in a statement signed by "
        "Musa Bello, media aide to the governor, on Wednesday.",
        headline=HEADLINE,
    )
    for event in found.events:
        assert "Musa Bello" not in attendees(event)


def test_the_end_of_a_stay_does_not_date_the_call() -> None:
    found = extract_en(
        "Premier Tomas Vinter, who is leading a five-day study visit to Westmark until May 6, "
        "paid a courtesy call on Prime Minister Samuel Obi at his office today.",
        published="2023-05-03",
        headline=HEADLINE,
    )
    dated = {e.start.isoformat() for e in found.events if e.start}
    assert "2023-05-03" in dated
    assert "2023-05-06" not in dated
