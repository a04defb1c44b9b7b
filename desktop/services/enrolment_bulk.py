"""Enrolling several people in a cohort at once (`enrol_many`): one transaction each, so one
refusal (or failure) does not undo the people enrolled before it, and a report line for each.
Each person goes through `enrol`, so the same rule holds: while anyone waits for the cohort, a
newcomer is waitlisted. Internal: callers use desktop.services.enrolment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa_exc

from desktop.domain.enrolment import COHORT_OPEN
from desktop.domain.errors import PelitaError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme_rules import Finding
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.enrolment_common import E, NotEligible, _cohort, _cohort_closed
from desktop.services.enrolment_enrol import enrol
from desktop.store.database import Database


@dataclass(frozen=True)
class BulkLine:
    """What became of one person of `enrol_many`: outcome "enrolled", "waitlisted" or
    "refused"; a refusal's reason is `text` (translatable, context "messages") with `params`."""

    participant_id: int
    outcome: str
    enrolment_id: int | None = None
    text: str = ""
    params: dict[str, Any] | None = None
    findings: tuple[Finding, ...] = ()  # the rules not met (warnings, or the refusals)

    def english(self) -> str:
        return self.text.format(**self.params) if self.params else self.text


def enrol_many(
    db: Database, actor: Actor, participant_ids: Iterable[int], cohort_id: int
) -> list[BulkLine]:
    """Enrol several people in a cohort, in the order given: one transaction each, so one
    refusal (or a database error) does not undo the others. Raises only when nobody could be
    enrolled (the user may not enrol, the cohort is unknown or closed); otherwise every person
    gets a line. Each is enrolled as by `enrol`: waitlisted while anyone waits for the cohort."""
    with acting(db, actor, Permission.ENROL_PARTICIPANTS) as work:
        cohort = _cohort(work.session.connection(), cohort_id)
        if cohort.status not in COHORT_OPEN:
            raise _cohort_closed(cohort.code)
    lines: list[BulkLine] = []
    for participant_id in participant_ids:
        try:
            done = enrol(db, actor, participant_id, cohort_id)
        except NotEligible as error:
            lines.append(
                BulkLine(
                    participant_id,
                    "refused",
                    text=error.text,
                    params=dict(error.params),
                    findings=error.findings,
                )
            )
        except PelitaError as error:
            lines.append(
                BulkLine(participant_id, "refused", text=error.text, params=dict(error.params))
            )
        except sa_exc.DBAPIError as error:  # the ones before stay enrolled, and are reported
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            lines.append(
                BulkLine(
                    participant_id,
                    "refused",
                    text=QT_TRANSLATE_NOOP(
                        "messages", "Not saved: the database refused it ({reason})."
                    ),
                    params={"reason": reason},
                )
            )
        else:
            outcome = "enrolled" if done.status is E.ACCEPTED else "waitlisted"
            lines.append(
                BulkLine(participant_id, outcome, done.enrolment_id, findings=done.warnings)
            )
    return lines
