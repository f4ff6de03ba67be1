"""Open Referral HSDS 3.0: the catalogue as open data.

- ``taxonomies``: our vocabularies as HSDS taxonomies, with ids derived from their codes;
- ``queries``: which services and organisations are public, loaded in a fixed number of
  queries whatever their number;
- ``serializers``: model → HSDS dicts (compiled services and organisations);
- ``views`` / ``urls``: the read API under ``/api/hsds/``;
- ``exchange``, ``tabular`` and ``importer``: the ``export_hsds`` and ``import_hsds``
  commands.

Identifiers (see ``docs/hsds-profile.md``):

- a service or an organisation is the page in the default language (Italian); its id is
  that page's ``hsds_id``. A translation is the same record in another language
  (``?locale=en``), never a record of its own;
- taxonomies and terms get UUIDs derived (uuid5) from their stable codes, so every
  installation that shares the codes shares the ids;
- nested records (phones, locations, schedules, ...) get UUIDs derived from their
  service's id and their position, so they survive an export and an import.
"""

import uuid

HSDS_VERSION = "3.0"
# Never change: every derived id depends on it.
NAMESPACE = uuid.UUID("1adc7e19-d0f1-49c9-b66e-c5b3670efb0a")


def derived_id(*parts: object) -> str:
    """A stable UUID (as a string) for the thing that ``parts`` names."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))
