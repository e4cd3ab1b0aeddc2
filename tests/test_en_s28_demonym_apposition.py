"""A people's adjective between a name and its titles, and before a second title of a chain:
the post is that country's ("Name, Ruritanian ambassador to X"), and in "Ruritanian President
and chairman of X" the first title is the country's, not X's."""

from tests.helpers_en import extract_en, role_set


def test_demonym_after_name_comma():
    found = extract_en(
        "Xie Tao, Chinese ambassador to Peru, met with Peruvian Trade Minister Ana Quilca "
        "in Lima on Monday."
    )
    assert ("Xie Tao", "other", "China", "current") in role_set(found)


def test_demonym_foreign_minister_after_name():
    found = extract_en("Wen Hailong, Chinese foreign minister, met Ana Quilca in Lima on Monday.")
    assert ("Wen Hailong", "other", "China", "current") in role_set(found)


def test_demonym_title_chained_after_and():
    found = extract_en(
        "Wen Hailong, member of the Standing Committee of the Qinghai Provincial Committee and "
        "Chinese foreign minister, held talks with Ana Quilca in Lima on Monday."
    )
    assert ("Wen Hailong", "other", "China", "current") in role_set(found)


def test_demonym_first_title_is_the_countrys_not_the_shared_org():
    found = extract_en(
        "Peruvian President and chairman of the Andean Water Council Ana Quilca met Xie Tao "
        "in Lima on Monday."
    )
    roles = {(r.person, r.title, r.org) for r in found.roles}
    assert ("Ana Quilca", "President", "Andean Water Council") not in roles


def test_a_listed_peoples_adjective_before_a_title_is_no_company():
    # "Moroccan" is a `demonyms` word of no listed ending: the country's post, no company "Moroccan"
    found = extract_en("Moroccan President Amal Roe met the delegation on Monday.")
    assert "Moroccan" not in {o.name for o in found.orgs}
    assert not any(r[2] == "Moroccan" for r in role_set(found))
