"""The save after the clerk judged likely matches compares less of the village again (it passes
the first check's VillageSeen): what it still finds, and what it keeps. SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.choices import NoNikReason, Sex
from desktop.domain.participant import ParticipantInput
from desktop.services import participants
from desktop.services.context import Actor
from desktop.services.duplicates import SAME_VILLAGE, VillageSeen
from desktop.services.participants import PossibleDuplicates
from desktop.store.database import Database
from desktop.store.participants import DuplicateDecision, Participant
from tests.services.test_participants import CONSENT, VILLAGE


def villager(name: str, born: date, **changes: object) -> ParticipantInput:
    """Someone of the village with no NIK and no phone: only the village pass can match them."""
    base = ParticipantInput(
        full_name=name,
        nik="",
        no_nik_reason=NoNikReason.OTHER,
        birth_date=born,
        birth_place="Cianjur",
        sex=Sex.FEMALE,
        street="Kp. Babakan",
        village_code=VILLAGE,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def refused(db: Database, clerk: Actor, data: ParticipantInput, **kw: object) -> PossibleDuplicates:
    with pytest.raises(PossibleDuplicates) as caught:
        participants.register(db, clerk, data, CONSENT, **kw)  # type: ignore[arg-type]
    return caught.value


def test_the_first_check_says_how_far_it_compared_the_village(
    demo_db: Database, clerk: Actor
) -> None:
    first = participants.register(
        demo_db, clerk, villager("Siti Aminah", date(1980, 1, 1)), CONSENT
    )
    stop = refused(demo_db, clerk, villager("Siti Aminah", date(1991, 2, 3)))
    assert [c.id for c in stop.candidates] == [first.participant_id]
    assert stop.seen is not None and stop.seen.village_code == VILLAGE
    assert stop.seen.last_id >= first.participant_id


def test_a_villager_registered_between_the_two_checks_still_stops_the_save(
    demo_db: Database, clerk: Actor
) -> None:
    first = participants.register(
        demo_db, clerk, villager("Siti Aminah", date(1980, 1, 1)), CONSENT
    )
    typed = villager("Siti Aminah", date(1991, 2, 3))
    stop = refused(demo_db, clerk, typed)
    # Another desk registers a similar name in the village while the clerk decides.
    other = participants.register(
        demo_db,
        clerk,
        villager("Siti Aminah", date(1975, 6, 7)),
        CONSENT,
        different_from=frozenset({first.participant_id}),
    )
    again = refused(
        demo_db, clerk, typed, different_from=frozenset({first.participant_id}), seen=stop.seen
    )
    assert [c.id for c in again.candidates] == [other.participant_id]


def test_the_judged_villager_keeps_the_reason_in_the_decision(
    demo_db: Database, clerk: Actor
) -> None:
    first = participants.register(
        demo_db, clerk, villager("Siti Aminah", date(1980, 1, 1)), CONSENT
    )
    typed = villager("Siti Aminah", date(1991, 2, 3))
    stop = refused(demo_db, clerk, typed)
    saved = participants.register(
        demo_db,
        clerk,
        typed,
        CONSENT,
        different_from=frozenset({first.participant_id}),
        seen=stop.seen,
    )
    with demo_db.sessions() as session:
        decision = session.scalars(
            select(DuplicateDecision).where(
                DuplicateDecision.participant_id == saved.participant_id
            )
        ).one()
    assert decision.other_id == first.participant_id
    assert decision.reasons == [SAME_VILLAGE]


def test_a_changed_name_compares_the_whole_village_again(demo_db: Database, clerk: Actor) -> None:
    participants.register(demo_db, clerk, villager("Siti Aminah", date(1980, 1, 1)), CONSENT)
    budi = participants.register(
        demo_db, clerk, villager("Budi Santoso", date(1970, 1, 1)), CONSENT
    )
    typed = villager("Siti Aminah", date(1991, 2, 3))
    stop = refused(demo_db, clerk, typed)
    judged = frozenset(c.id for c in stop.candidates)
    # The clerk corrects the name before saving again: the old VillageSeen no longer applies,
    # and the older Budi in the village is found.
    again = refused(
        demo_db,
        clerk,
        replace(typed, full_name="Budi Santosa"),
        different_from=judged,
        seen=stop.seen,
    )
    assert budi.participant_id in [c.id for c in again.candidates]


def test_a_seen_mark_from_another_village_is_ignored(demo_db: Database, clerk: Actor) -> None:
    first = participants.register(
        demo_db, clerk, villager("Siti Aminah", date(1980, 1, 1)), CONSENT
    )
    with demo_db.sessions() as session:
        highest = session.scalar(select(Participant.id).order_by(Participant.id.desc()).limit(1))
    elsewhere = VillageSeen("32.03.22.2001", "siti aminah", int(highest or 0))
    stop = refused(demo_db, clerk, villager("Siti Aminah", date(1991, 2, 3)), seen=elsewhere)
    assert [c.id for c in stop.candidates] == [first.participant_id]
