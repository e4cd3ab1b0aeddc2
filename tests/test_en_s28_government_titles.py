"""Civil-service titles printed with no organisation ("Permanent Secretary A") are a
government's, never the page's own organisation's by default."""

from tests.helpers_en import extract_en, role_set

TEXT = (
    "Minister Tom Vane will attend the opening of the Harbour Expo Executive Committee session "
    "in Dunmore on May 8. Accompanying Mr Vane will be Permanent Secretary Alan Brook and "
    "Financial Secretary John Pell."
)


def test_permanent_secretary_is_not_the_main_orgs():
    found = extract_en(TEXT, headline="Minister to visit Harbour Expo")
    assert not any(r[0] == "Alan Brook" for r in role_set(found))
