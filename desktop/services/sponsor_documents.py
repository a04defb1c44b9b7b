"""The scanned letter or receipt of a sponsor's contribution (admins): a PDF, or a photo or
scan as PNG or JPEG, at most 10 MB, kept whole (one per contribution; attaching another
replaces it). What a file is, is judged by its first bytes, never by its name.
"""

from __future__ import annotations

import enum

from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.store.database import Database
from desktop.store.sponsors import Contribution, ContributionDocument

DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
FILE_NAME_MAX = 200
PDF_SIGNATURE = b"%PDF-"
IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


class DocumentKind(enum.StrEnum):
    PDF = "pdf"
    IMAGE = "image"


def document_kind(data: bytes) -> DocumentKind | None:
    """PDF or image by the file's first bytes (its name may say anything), None otherwise."""
    if data.startswith(PDF_SIGNATURE):
        return DocumentKind.PDF
    if data.startswith(IMAGE_SIGNATURES):
        return DocumentKind.IMAGE
    return None


def _checked_document(file_name: str, data: bytes) -> str:
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "This file is empty."), "document")
    if len(data) > DOCUMENT_MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "This file is {size} MB; the limit is {limit} MB. Scan it at a lower "
                "resolution, or in black and white.",
            ),
            "document",
            size=f"{len(data) / (1024 * 1024):.1f}",
            limit=DOCUMENT_MAX_BYTES // (1024 * 1024),
        )
    if document_kind(data) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This file is not a PDF or an image. Choose a PDF, PNG or JPEG file."
            ),
            "document",
        )
    # Only the name, never the folder it came from; a name too long keeps its end (".pdf").
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if c.isprintable()).strip() or "document"
    return name[-FILE_NAME_MAX:]


def attach_document(
    db: Database, actor: Actor, contribution_id: int, file_name: str, data: bytes
) -> None:
    """Keep the scanned letter or receipt of a contribution (PDF, PNG or JPEG, at most 10 MB),
    in place of the one attached before."""
    name = _checked_document(file_name, data)
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        _live_contribution(work, contribution_id)
        document = work.session.get(ContributionDocument, contribution_id, with_for_update=True)
        before = None
        if document is None:
            document = ContributionDocument(contribution_id=contribution_id)
            work.session.add(document)
        else:
            before = {"file_name": document.file_name, "size": len(document.content)}
        document.file_name = name
        document.content = data
        work.audit(
            "contribution.document",
            "contribution",
            contribution_id,
            before=before,
            after={"file_name": name, "size": len(data)},
        )


def contribution_document(db: Database, actor: Actor, contribution_id: int) -> tuple[str, bytes]:
    """The attached document's file name and bytes."""
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        _live_contribution(work, contribution_id)
        document = work.session.get(ContributionDocument, contribution_id)
        if document is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("messages", "No document is attached to this contribution.")
            )
        return document.file_name, bytes(document.content)


def _live_contribution(work: Work, contribution_id: int) -> Contribution:
    contribution = work.session.get(Contribution, contribution_id)
    if contribution is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This contribution is no longer on record."))
    return contribution
