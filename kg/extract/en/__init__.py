"""English extraction pipeline: persons, organisations, the main organisation, roles, events.

Components run in this order (each reads what the earlier ones found):
:func:`~kg.extract.en.persons.extract_persons`,
:func:`~kg.extract.en.orgs.extract_orgs`,
:func:`~kg.extract.en.sources.extract_source_orgs`,
:func:`~kg.extract.en.sources.extract_agency_credits`,
:func:`~kg.extract.en.main_org.choose_main_org`,
:func:`~kg.extract.en.subsidiaries.extract_subsidiaries`,
:func:`~kg.extract.en.roles.extract_roles`,
:func:`~kg.extract.en.listed_orgs.extract_listed_orgs`,
:func:`~kg.extract.en.member_lists.extract_member_lists`,
:func:`~kg.extract.en.board_seats.extract_board_seats`,
:func:`~kg.extract.en.board_organs.fold_board_organs`,
:func:`~kg.extract.en.events.extract_events`,
:func:`~kg.extract.en.short_names.fold_shortened_person_names`,
:func:`~kg.extract.en.place_forms.add_place_forms`,
:func:`~kg.extract.headline_forms.fold_headline_forms`,
:func:`~kg.extract.en.brand_forms.fold_brand_names`,
:func:`~kg.extract.implied_orgs.drop_unnamed_implied_orgs`.
Word lists live in kg/vocab/en.yml, role titles in kg/vocab/roles.yml.
"""

from kg.extract import register
from kg.extract.en.board_organs import fold_board_organs
from kg.extract.en.board_seats import extract_board_seats
from kg.extract.en.brand_forms import fold_brand_names
from kg.extract.en.events import extract_events
from kg.extract.en.listed_orgs import extract_listed_orgs
from kg.extract.en.main_org import choose_main_org
from kg.extract.en.member_lists import extract_member_lists
from kg.extract.en.orgs import extract_orgs
from kg.extract.en.persons import extract_persons
from kg.extract.en.place_forms import add_place_forms
from kg.extract.en.roles import extract_roles
from kg.extract.en.short_names import fold_shortened_person_names
from kg.extract.en.sources import extract_agency_credits, extract_source_orgs
from kg.extract.en.subsidiaries import extract_subsidiaries
from kg.extract.headline_forms import fold_headline_forms
from kg.extract.implied_orgs import drop_unnamed_implied_orgs

register(
    "en",
    extract_persons,
    extract_orgs,
    extract_source_orgs,
    extract_agency_credits,
    choose_main_org,
    extract_subsidiaries,
    extract_roles,
    extract_listed_orgs,
    extract_member_lists,
    extract_board_seats,
    fold_board_organs,
    extract_events,
    fold_shortened_person_names,
    add_place_forms,
    fold_headline_forms,
    fold_brand_names,
    drop_unnamed_implied_orgs,
)
