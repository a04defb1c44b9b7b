"""The intake form's saving, the part that runs on the worker: the domain's checks when the
form could not read a field itself, and a change to a record saved with its consent and photo."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.domain import regions
from desktop.domain.errors import PelitaError, ValidationError, ValidationErrors
from desktop.domain.participant import (
    ConsentInput,
    ParticipantInput,
    clean_consent,
    clean_participant,
)
from desktop.gui.app_context import AppContext
from desktop.services import participants
from desktop.services.images import normalise_photo
from desktop.services.participants import Saved


def check_only(data: ParticipantInput, consent: ConsentInput) -> list[ValidationError]:
    """On the worker: the domain's checks without saving, so a form with a date it cannot read
    still shows every other field at fault in the same go."""
    found: list[ValidationError] = []
    today = date.today()
    place = regions.village(data.village_code) if data.village_code else None
    birth = data.birth_date
    try:
        birth = clean_participant(data, today=today, village=place).values["birth_date"]
    except ValidationErrors as errors:
        found.extend(errors.errors)
    if birth is not None:
        try:
            clean_consent(consent, birth_date=birth, today=today)
        except ValidationErrors as errors:
            found.extend(errors.errors)
    return found


def merge_errors(
    mine: Sequence[ValidationError], service: Sequence[ValidationError]
) -> list[ValidationError]:
    # The form's own reading of a field (a date it could not read) beats the service's remark
    # about the same field ("enter the date of birth"), which saw it empty.
    fields = {error.field for error in mine}
    return [*mine, *(error for error in service if error.field not in fields)]


def save_changes(
    ctx: AppContext,
    participant_id: int,
    version: int,
    data: ParticipantInput,
    consent: ConsentInput,
    photo: bytes | None,
    *,
    consent_changed: bool,
    photo_changed: bool,
) -> tuple[Saved, PelitaError | None]:
    """On the worker: save a change to a record, then its consent and its photo if they changed.
    A refusal of those, once the change itself is saved, comes back with it."""
    # Checked before anything is written: the change, its consent and its photo are
    # saved by three calls, and a refusal halfway would leave the form's version stale.
    if consent_changed and data.birth_date is not None:
        clean_consent(consent, birth_date=data.birth_date, today=date.today())
    if photo_changed and photo is not None:
        normalise_photo(photo)
    saved = participants.update(ctx.db, ctx.actor, participant_id, version, data)
    try:
        if consent_changed:
            participants.record_consent(ctx.db, ctx.actor, participant_id, consent)
        if photo_changed:
            participants.set_photo(ctx.db, ctx.actor, participant_id, photo)
    except PelitaError as error:
        return saved, error
    return saved, None
