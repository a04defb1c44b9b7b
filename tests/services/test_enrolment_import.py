"""A list of people into a cohort (services.enrolment_import) on SQLite and PostgreSQL: people
already registered are recognised by their NIK and enrolled as they are, the others are
registered first; capacity, the programme's rules and an earlier enrolment decide each
person's outcome, and nothing is written when the whole list cannot go in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.programme_rules import EligibilityRules
from desktop.services import enrolment
from desktop.services.context import Actor
from desktop.services.enrolment_import import (
    CANCELLED_BEFORE_ENROLMENT,
    find_cohort,
    import_into_cohort,
)
from desktop.services.participant_import import commit_import, preview_import
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment
from tests.services.test_enrolment import add_cohort, add_programme, count_enrolments
from tests.services.test_participant_import import BUDI, PLACE, SITI, count, write_csv, write_xlsx

# Born 12/03/2000: 26 when the test cohorts start (2027), where Siti and Budi are over 35.
RINA = ["Rina Wati", "3402015203000005", "12/03/2000", "P", "081298765432"]


def register(db: Database, actor: Actor, path: Path, rows: list[list[Any]]) -> dict[str, int]:
    """Register the rows' people by a plain import; their ids by name."""
    commit_import(db, actor, preview_import(db, actor, write_xlsx(path, rows)), valid_only=False)
    with db.sessions() as session:
        found = session.execute(select(Participant.full_name, Participant.id))
        return {row.full_name: row.id for row in found}


def enrolled_ids(db: Database, cohort_id: int) -> dict[int, str]:
    """{participant id: status} of the cohort's enrolments."""
    with db.sessions() as session:
        rows = session.execute(
            select(Enrolment.participant_id, Enrolment.status).where(
                Enrolment.cohort_id == cohort_id
            )
        )
        return {row.participant_id: row.status for row in rows}


def test_new_and_registered_people_are_registered_and_all_enrolled(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    ids = register(demo_db, clerk, tmp_path / "first.xlsx", [BUDI + PLACE])
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=5)
    path = write_csv(tmp_path / "cohort.csv", [SITI + PLACE, BUDI + PLACE])
    preview = preview_import(demo_db, clerk, path, existing_ok=True)
    siti, budi = preview.rows
    assert (siti.verdict, siti.existing_id) == ("ok", None)
    assert budi.verdict == "ok" and budi.existing_id == ids["Budi Santoso"]
    assert [m.english() for m in budi.messages] == [
        "Already registered as Budi Santoso: will be enrolled."
    ]
    assert budi.duplicates[0].participant_id == ids["Budi Santoso"]
    before = count(demo_db)

    result = import_into_cohort(demo_db, clerk, preview, cohort, valid_only=False)

    assert (result.created, result.enrolled, result.waitlisted, result.refused) == (1, 2, 0, ())
    assert count(demo_db) == before + 1  # Budi is not registered twice
    assert [(line.full_name, line.outcome, line.new) for line in result.lines] == [
        ("Siti Aminah", "enrolled", True),
        ("Budi Santoso", "enrolled", False),
    ]
    assert enrolled_ids(demo_db, cohort) == {
        result.lines[0].participant_id: "accepted",
        ids["Budi Santoso"]: "accepted",
    }


def test_a_registered_nik_under_another_name_is_a_warning_naming_the_person(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    ids = register(demo_db, clerk, tmp_path / "first.xlsx", [BUDI + PLACE])
    other_name = ["Joko Susilo", *BUDI[1:], *PLACE]
    preview = preview_import(
        demo_db, clerk, write_xlsx(tmp_path / "x.xlsx", [other_name]), existing_ok=True
    )
    row = preview.rows[0]
    assert row.verdict == "warning" and row.existing_id == ids["Budi Santoso"]
    assert "registered to Budi Santoso" in row.messages[0].english()
    cohort = add_cohort(demo_db, add_programme(demo_db))
    result = import_into_cohort(demo_db, clerk, preview, cohort, valid_only=False)
    assert result.created == 0 and result.lines[0].full_name == "Budi Santoso"
    assert enrolled_ids(demo_db, cohort) == {ids["Budi Santoso"]: "accepted"}


def test_without_existing_ok_a_registered_nik_is_still_an_error(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    register(demo_db, clerk, tmp_path / "first.xlsx", [BUDI + PLACE])
    path = write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE, BUDI + PLACE])
    preview = preview_import(demo_db, clerk, path)
    assert [r.verdict for r in preview.rows] == ["ok", "error"]
    assert preview.rows[1].existing_id is None
    assert "already registered to Budi Santoso" in preview.rows[1].messages[0].english()
    result = commit_import(demo_db, clerk, preview, valid_only=True)
    assert (result.created, result.skipped, result.existing) == (1, 1, 0)


def test_a_full_cohort_waitlists_the_rest(demo_db: Database, clerk: Actor, tmp_path: Path) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=1)
    path = write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE, BUDI + PLACE])
    preview = preview_import(demo_db, clerk, path, existing_ok=True)
    progress: list[tuple[int, int]] = []
    result = import_into_cohort(
        demo_db, clerk, preview, cohort, valid_only=False, progress=lambda *p: progress.append(p)
    )
    assert (result.created, result.enrolled, result.waitlisted) == (2, 1, 1)
    assert [line.outcome for line in result.lines] == ["enrolled", "waitlisted"]
    assert sorted(enrolled_ids(demo_db, cohort).values()) == ["accepted", "waitlisted"]
    assert progress[0] == (0, 4) and progress[-1] == (4, 4)


def test_someone_already_in_the_cohort_is_refused_with_the_reason(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    ids = register(demo_db, clerk, tmp_path / "first.xlsx", [BUDI + PLACE])
    cohort = add_cohort(demo_db, add_programme(demo_db), capacity=5)
    enrolment.enrol(demo_db, clerk, ids["Budi Santoso"], cohort)
    path = write_xlsx(tmp_path / "x.xlsx", [BUDI + PLACE, SITI + PLACE])
    preview = preview_import(demo_db, clerk, path, existing_ok=True)
    result = import_into_cohort(demo_db, clerk, preview, cohort, valid_only=False)
    assert (result.created, result.enrolled, result.waitlisted) == (1, 1, 0)
    (refused,) = result.refused
    assert (refused.row_number, refused.full_name) == (preview.rows[0].row_number, "Budi Santoso")
    assert "Budi Santoso is already enrolled in this programme" in refused.english()
    assert len(enrolled_ids(demo_db, cohort)) == 2


def test_the_programme_rules_refuse_with_the_reason(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db, EligibilityRules(max_age=30)))
    path = write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE, RINA + PLACE])
    preview = preview_import(demo_db, clerk, path, existing_ok=True)
    assert [r.verdict for r in preview.rows] == ["ok", "ok"], preview.rows
    result = import_into_cohort(demo_db, clerk, preview, cohort, valid_only=False)
    # Both are registered (registration comes first, in its own transaction); Siti is refused.
    assert (result.created, result.enrolled, len(result.refused)) == (2, 1, 1)
    assert result.refused[0].full_name == "Siti Aminah"
    assert "does not meet the programme's rules" in result.refused[0].english()
    assert [f.rule for f in result.refused[0].findings] == ["age"]
    assert [line.outcome for line in result.lines] == ["refused", "enrolled"]


def test_nothing_is_written_when_the_list_cannot_go_in(
    demo_db: Database, clerk: Actor, instructor: Actor, tmp_path: Path
) -> None:
    bad = ["Tanpa Tanggal", "12345", "", "", "", *PLACE]
    path = write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE, bad])
    preview = preview_import(demo_db, clerk, path, existing_ok=True)
    closed = add_cohort(demo_db, add_programme(demo_db), status="finished")
    cohort = add_cohort(demo_db, add_programme(demo_db))
    before = (count(demo_db), count_enrolments(demo_db))
    with pytest.raises(ValidationError) as errors:
        import_into_cohort(demo_db, clerk, preview, cohort, valid_only=False)
    assert "1 rows have errors" in errors.value.english()
    with pytest.raises(ValidationError) as finished:
        import_into_cohort(demo_db, clerk, preview, closed, valid_only=True)
    assert "takes no more enrolments" in finished.value.english()
    with pytest.raises(PermissionDenied):
        import_into_cohort(demo_db, instructor, preview, cohort, valid_only=True)
    assert (count(demo_db), count_enrolments(demo_db)) == before
    result = import_into_cohort(demo_db, clerk, preview, cohort, valid_only=True)
    assert (result.created, result.enrolled, result.skipped) == (1, 1, 1)


def test_a_cancel_during_enrolment_keeps_the_registered_and_says_who_is_not_enrolled(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    path = write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE, BUDI + PLACE])
    preview = preview_import(demo_db, clerk, path, existing_ok=True)
    registered = []  # set once the registration is reported done: cancel then

    def progress(done: int, total: int) -> None:
        if done >= 2:
            registered.append(done)

    result = import_into_cohort(
        demo_db,
        clerk,
        preview,
        cohort,
        valid_only=False,
        progress=progress,
        cancelled=lambda: bool(registered),
    )
    assert (result.created, result.enrolled) == (2, 0)
    assert {row.text for row in result.refused} == {CANCELLED_BEFORE_ENROLMENT}
    assert enrolled_ids(demo_db, cohort) == {}


def test_a_cohort_is_found_by_its_code(demo_db: Database, clerk: Actor) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    with demo_db.sessions() as session:
        code = session.scalar(select(Cohort.code).where(Cohort.id == cohort))
    assert code is not None
    assert find_cohort(demo_db, clerk, f" {code.lower()} ") == cohort
    with pytest.raises(NotFound):
        find_cohort(demo_db, clerk, "NO-SUCH-1")
