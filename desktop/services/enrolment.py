"""Enrolling participants in cohorts: eligibility, seats, the waitlist and freed seats.

`enrol` checks the person against the programme's rules on the cohort's first day. Hard
refusals stop it unless an administrator gives an override reason (audited as
`enrolment.override`); warnings go back to the desk. A seat is taken by one conditional UPDATE
of the cohort's counter (store.training): when none is free the person is waitlisted. Leaving
(dropped, failed, withdrawn) gives the seat back the same way, and the person at the top of the
waitlist is offered it (`enrolment.offer`); the clerk confirms with `accept_offer`, which takes
the seat again atomically, so a seat taken at another desk meanwhile leaves them waitlisted.
The waitlist's order is domain.enrolment's documented score; its weights are the admin's
(`set_waitlist_weights`, kept in the setting table under `waitlist_weights`).

The waitlist comes first. "When a seat frees, the next person is offered it and the clerk
confirms": while anyone is waiting for a cohort, a new enrolment (`enrol`, and so each person
of `enrol_many`) is waitlisted even if a seat is free, in its place by the documented score,
and the free seat stays for the offer to the top of the waitlist (who may then be the newcomer,
if they score highest). A newcomer takes a free seat only when nobody is waiting. The check
is made after the seat is taken, while the transaction holds the cohort's row, and the seat is
given back at once if anyone waits: so a waitlisting committed at another desk before the seat
was got is never passed over.

Every write is one transaction. On SQLite a transaction that read before another desk wrote
cannot write any more (SQLITE_BUSY_SNAPSHOT: "database is locked"), so a write that loses such a
race is run again from the start, on fresh data (`_retrying`): the desk that lost the last seat
is then waitlisted rather than shown an error. PostgreSQL needs no retry for the seat (its
UPDATE waits and re-checks the WHERE), only for a deadlock.

`enrol_many` runs one transaction per person, so one refusal (or failure) does not undo the
people enrolled before it, and the report says what became of each; the call stops only if the
cohort itself cannot take enrolments or the user may not enrol.

Every query `enrol` runs is a primary-key or index seek: the participant and cohort by id, the
person's earlier enrolments by ix_enrolment_participant, the seat by the cohort's id, whether
anyone waits by ix_enrolment_cohort_status.

The code lives in modules of its own, imported from here (this module is what callers use):

- enrolment_common: the errors, the retry, the rows read and the seat counter written;
- enrolment_enrol: `enrol`;
- enrolment_status: `change_status`, `withdraw`, `drop`, `accept_offer`;
- enrolment_waitlist: the waitlist, the offer of a free seat, the waitlist's weights;
- enrolment_bulk: `enrol_many`;
- enrolment_lists: the profile's enrolments and the cohort's roster.
"""

from __future__ import annotations

from desktop.services.enrolment_bulk import BulkLine, enrol_many
from desktop.services.enrolment_common import ATTEMPTS, E, NotEligible, SeatTaken
from desktop.services.enrolment_enrol import Enrolled, enrol
from desktop.services.enrolment_lists import (
    ROSTER_ORDER,
    EnrolmentView,
    EventView,
    RosterLine,
    enrolments_of_participant,
    roster,
)
from desktop.services.enrolment_status import (
    StatusChanged,
    accept_offer,
    change_status,
    drop,
    withdraw,
)
from desktop.services.enrolment_waitlist import (
    WEIGHTS_KEY,
    Offer,
    WaitlistEntry,
    offer_next,
    set_waitlist_weights,
    waitlist,
    waitlist_weights,
)

__all__ = [
    "ATTEMPTS",
    "ROSTER_ORDER",
    "WEIGHTS_KEY",
    "BulkLine",
    "E",
    "Enrolled",
    "EnrolmentView",
    "EventView",
    "NotEligible",
    "Offer",
    "RosterLine",
    "SeatTaken",
    "StatusChanged",
    "WaitlistEntry",
    "accept_offer",
    "change_status",
    "drop",
    "enrol",
    "enrol_many",
    "enrolments_of_participant",
    "offer_next",
    "roster",
    "set_waitlist_weights",
    "waitlist",
    "waitlist_weights",
    "withdraw",
]
