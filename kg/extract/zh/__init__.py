"""The Chinese extraction pipeline: persons, organisations, roles, events, then the
headline's short forms of group names (kg.extract.headline_forms) and the implied
organisations the text never names (kg.extract.implied_orgs).

Registered with :func:`kg.extract.register` in pipeline order; each component
reads `article.body` and what the earlier ones put into the Extraction.
"""

from kg.extract import register
from kg.extract.headline_forms import fold_headline_forms
from kg.extract.implied_orgs import drop_unnamed_implied_orgs
from kg.extract.zh.board_joins import extract_board_joins
from kg.extract.zh.events import extract_events
from kg.extract.zh.foreign_names import fold_foreign_short_names
from kg.extract.zh.org_mentions import extract_orgs
from kg.extract.zh.persons import extract_persons
from kg.extract.zh.roles import extract_roles

register(
    "zh",
    extract_persons,
    extract_orgs,
    extract_roles,
    extract_board_joins,
    extract_events,
    fold_foreign_short_names,
    fold_headline_forms,
    drop_unnamed_implied_orgs,
)
