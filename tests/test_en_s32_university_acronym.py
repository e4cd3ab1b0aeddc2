"""A university's president under its acronym is no company's general manager, also when the U
of the acronym is not its last letter ("KLUT", "HNUFS") or the page speaks of a college or a
campus rather than a university (invented sentences)."""

from tests.helpers_en import extract_en


def _roles(found) -> set[tuple[str, str, str]]:
    return {(r.person, r.role, r.org) for r in found.roles}


def test_president_of_an_acronym_with_inner_u_is_other():
    x = extract_en(
        "Delegation of Kelby City Came to Visit KLUT\n2021-05-12\n"
        "On May 10, a delegation of Kelby City visited KLUT. Prof. Morlan Ashby, the Party "
        "Secretary of KLUT, and Dr. Tessa Vorn, the President, met the guests in the reception "
        "room on the campus."
    )
    roles = _roles(x)
    assert ("Tessa Vorn", "other", "KLUT") in roles
    assert not any(r[1] == "general-manager" for r in roles)


def test_vice_president_of_an_acronym_on_a_college_page_is_other():
    x = extract_en(
        "Partners Visit HNUFS\n2021-05-12\n"
        "On May 10, Prof. Dorin Kless, Vice President of HNUFS, welcomed the visitors to the "
        "campus and introduced the International College."
    )
    roles = _roles(x)
    assert ("Dorin Kless", "other", "HNUFS") in roles
    assert not any(r[1] == "deputy-general-manager" for r in roles)
