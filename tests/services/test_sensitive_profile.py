"""The last places sensitive data reached instructors, and an anonymised record that could
still be edited: the profile record (participants.get, which the profile and the printed
intake form read), the waitlist's reasons, and participants.update after a deletion."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.domain.errors import Conflict
from desktop.domain.participant import input_from_values
from desktop.services import participants
from desktop.services.anonymise import anonymise
from desktop.services.context import Actor
from desktop.store.database import Database
from tests.services.test_anonymise import register_siti
from tests.services.test_privacy_fixtures import (
    centre_db,
    disabled_person,
    p_admin,
    p_clerk,
    p_instructor,
    privacy_template,
)

FIXTURES = (centre_db, p_admin, p_clerk, p_instructor, privacy_template)


def test_the_profile_record_has_no_sensitive_data_for_instructors(
    centre_db: Database, p_clerk: Actor, p_instructor: Actor
) -> None:
    person = disabled_person(centre_db)
    clerk_values = participants.get(centre_db, p_clerk, person).values
    assert clerk_values["disabilities"] and clerk_values["has_disability"] is True
    values = participants.get(centre_db, p_instructor, person).values
    assert values["disabilities"] == [] and not values["has_disability"]
    assert values["accommodations"] == [] and not values["assistance_bits"]
    assert values["full_name"] == clerk_values["full_name"]


def test_an_anonymised_record_cannot_be_edited(
    centre_db: Database, p_admin: Actor, p_clerk: Actor
) -> None:
    siti = register_siti(centre_db, p_clerk)
    record = participants.get(centre_db, p_clerk, siti)
    anonymise(centre_db, p_admin, siti, "Deletion request")
    again = replace(input_from_values(record.values), full_name="Siti Aminah")
    latest = participants.get(centre_db, p_clerk, siti)
    with pytest.raises(Conflict) as refused:
        participants.update(centre_db, p_clerk, siti, latest.version, again)
    assert "deleted at their request" in refused.value.text
    assert participants.get(centre_db, p_clerk, siti).values["full_name"].startswith("Dihapus")
