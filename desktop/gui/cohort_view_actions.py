"""What a cohort's view does besides showing it: taking the cohort one status step on (after
asking), editing it, enrolling a participant, changing an enrolment's status, offering a freed
seat to the top of the waitlist (the clerk confirms), moving, cancelling and adding sessions,
printing the roster or exporting it to a spreadsheet (desktop.gui.cohort_roster_actions),
issuing certificates and issuing the programme's materials from the inventory (admins).

Each opens its dialog through `CohortView.open_dialog` (kept in `view.dialog` for tests) or
calls its service on the worker, then lets the view read everything again and say what
happened. The dialogs are imported when first used: the window makes every page at login.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from shiboken6 import isValid

from desktop.domain.cohort import NEXT_STATUS
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.roles import Permission
from desktop.gui.cohort_roster_actions import export_roster, print_roster
from desktop.gui.cohort_view_text import cohort_status, enrolment_status, next_step_question
from desktop.gui.dialogs import ask
from desktop.gui.i18n import translate
from desktop.gui.waitlist_text import reasons_text, score_text
from desktop.services import cohorts, enrolment
from desktop.services.cohort_rows import CohortDetail, SessionRow
from desktop.services.enrolment import Offer, StatusChanged

if TYPE_CHECKING:
    from desktop.gui.cohort_view import CohortView
    from desktop.gui.session_dialogs import SessionDialog

Callback = Callable[[], None]

__all__ = [
    "Callback",
    "SessionRow",
    "add_makeup",
    "cancel_session",
    "change_status",
    "edit_cohort",
    "enrol",
    "export_roster",
    "issue_certificates",
    "issue_materials",
    "move_session",
    "offer_seat",
    "print_roster",
    "step_status",
]


# --- the cohort itself ----------------------------------------------------------------------


def step_status(view: CohortView) -> None:
    """planned -> open -> running -> finished -> archived, one step, confirmed first."""
    detail = view.current_detail()
    target = NEXT_STATUS.get(detail.status) if detail else None
    if not view.may_manage or detail is None or target is None:
        return
    question = next_step_question(target).replace("%1", detail.code)
    if not ask(
        view,
        translate("CohortView", "Change the cohort's status"),
        question,
        translate("CohortView", "&Yes"),
    ):
        return
    ctx, cohort_id, version = view.context, detail.id, detail.version

    def done(changed: CohortDetail) -> None:
        if isValid(view):
            view.after_change(
                translate("CohortView", "The cohort %1 is now: %2.")
                .replace("%1", changed.code)
                .replace("%2", cohort_status(changed.status))
            )

    ctx.runner.submit(
        lambda: cohorts.change_status(ctx.db, ctx.actor, cohort_id, version, target),
        done,
        view.failed,
    )


def edit_cohort(view: CohortView) -> None:
    from desktop.gui.cohort_dialog import CohortDialog

    detail = view.current_detail()
    if not view.may_manage or detail is None:
        return
    dialog = CohortDialog(view.context, detail, view)
    # Shown at once: the form stays open while the warnings of the save are read.
    dialog.saved.connect(lambda _cohort_id: view.refresh())
    view.open_dialog(
        dialog,
        lambda: view.after_change(
            translate("CohortView", "Saved the cohort %1.").replace("%1", dialog.saved_code),
            dialog.warnings,
        ),
    )


# --- participants ---------------------------------------------------------------------------


def enrol(view: CohortView) -> None:
    """Find a participant and enrol them in this cohort (a seat, or the waitlist)."""
    from desktop.gui.enrol_dialog import EnrolDialog

    detail = view.current_detail()
    if not view.may_enrol or detail is None:
        return
    dialog = EnrolDialog(view.context, view, cohort=detail)

    def saved() -> None:
        if dialog.enrolled is not None:  # with a seat or on the waitlist, and any warnings
            view.after_change(dialog.outcome_text())

    view.open_dialog(dialog, saved)


def change_status(view: CohortView) -> None:
    """Accept, start, drop … the selected participant's enrolment. A change that frees a seat
    offers it to the top of the waitlist inside the dialog itself."""
    from desktop.gui.enrolment_status_dialog import EnrolmentStatusDialog

    line = view.selected_line()
    if not view.may_enrol or line is None:
        return
    dialog = EnrolmentStatusDialog(
        view.context, line.enrolment_id, line.full_name, line.status, view, version=line.version
    )

    def saved() -> None:
        changed, taken = dialog.changed, dialog.offer_taken
        if changed is None:
            return
        text = (
            translate("CohortView", "%1: %2.")
            .replace("%1", line.full_name)
            .replace("%2", enrolment_status(changed.status))
        )
        if changed.offer is not None and taken is not None:
            text += " " + _offer_outcome(taken, changed.offer.full_name)
        elif changed.offer is not None:
            text += " " + translate(
                "CohortView", "A seat is free: offer it from the waitlist when ready."
            )
        view.after_change(text)

    view.open_dialog(dialog, saved)


def _offer_outcome(taken: StatusChanged, full_name: str) -> str:
    if taken.status == EnrolmentStatus.WAITLISTED:
        text = translate(
            "CohortView",
            "Another desk took the seat meanwhile; %1 stays on the waitlist.",
        )
    else:
        text = translate("CohortView", "%1 has the seat.")
    return text.replace("%1", full_name)


def offer_seat(view: CohortView) -> None:
    """Who is next for a free seat, with the reason; the clerk confirms before it is given."""
    detail = view.current_detail()
    if not view.may_enrol or detail is None:
        return
    ctx, cohort_id = view.context, detail.id

    def done(offer: Offer | None) -> None:
        if not isValid(view):
            return
        if offer is None:
            view.refresh()
            view.say(
                translate("CohortView", "No seat is free, or nobody is waiting for one."), "hint"
            )
        else:
            _confirm_offer(view, offer)

    ctx.runner.submit(lambda: enrolment.offer_next(ctx.db, ctx.actor, cohort_id), done, view.failed)


def _confirm_offer(view: CohortView, offer: Offer) -> None:
    question = (
        translate(
            "CohortView",
            "A seat is free. Next on the waitlist is %1 (score %2: %3).\n\n"
            "Give %1 the seat now? If they cannot take it, leave them on the waitlist.",
        )
        .replace("%1", offer.full_name)
        .replace("%2", score_text(offer.score))
        .replace("%3", reasons_text(offer.parts, tie_break=False))
    )
    if not ask(
        view,
        translate("CohortView", "Offer the free seat"),
        question,
        translate("CohortView", "&Give the seat"),
    ):
        view.say(
            translate("CohortView", "The seat stays free; %1 stays first on the waitlist.").replace(
                "%1", offer.full_name
            ),
            "hint",
        )
        return
    ctx = view.context

    def done(taken: StatusChanged) -> None:
        if isValid(view):
            view.after_change(_offer_outcome(taken, offer.full_name))

    ctx.runner.submit(
        lambda: enrolment.accept_offer(ctx.db, ctx.actor, offer.enrolment_id), done, view.failed
    )


# --- sessions -------------------------------------------------------------------------------


def move_session(view: CohortView) -> None:
    from desktop.gui.session_dialogs import MoveSessionDialog

    session = view.selected_session()
    if view.may_manage and session is not None:
        _open_session_dialog(
            view,
            MoveSessionDialog(view.context, session, view),
            translate("CohortView", "Moved the session."),
        )


def cancel_session(view: CohortView) -> None:
    from desktop.gui.session_dialogs import CancelSessionDialog

    session = view.selected_session()
    if view.may_manage and session is not None:
        _open_session_dialog(
            view,
            CancelSessionDialog(view.context, session, view),
            translate("CohortView", "Cancelled the session."),
        )


def add_makeup(view: CohortView) -> None:
    from desktop.gui.session_dialogs import MakeupSessionDialog

    detail = view.current_detail()
    if view.may_manage and detail is not None:
        _open_session_dialog(
            view,
            MakeupSessionDialog(view.context, detail, view),
            translate("CohortView", "Added the make-up session."),
        )


def _open_session_dialog(view: CohortView, dialog: SessionDialog, done: str) -> None:
    """Open one of the session dialogs; once it saved, say `done` with its warnings."""
    view.open_dialog(dialog, lambda: view.after_change(done, dialog.warnings))


# --- certificates (admins) -----------------------------------------------------------------


def issue_certificates(view: CohortView) -> None:
    from desktop.gui.certificate_issue_dialog import open_for_cohort_view

    open_for_cohort_view(view)


# --- materials (admins) --------------------------------------------------------------------


def issue_materials(view: CohortView) -> None:
    """The programme's materials for the cohort's participants, issued from the inventory."""
    from desktop.gui.cohort_materials_dialog import CohortMaterialsDialog

    detail = view.current_detail()
    if detail is None or not view.context.actor.may(Permission.MANAGE_INVENTORY):
        return
    dialog = CohortMaterialsDialog(view.context, detail.id, view)
    view.open_dialog(dialog, lambda: view.after_change(dialog.outcome_text()))
