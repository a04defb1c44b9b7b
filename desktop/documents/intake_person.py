"""Sections A to C of the intake form: who the person is, how to reach them and where they
live, and their education and work."""

from __future__ import annotations

from desktop.documents.intake_context import IntakeContext
from desktop.documents.intake_fields import DATE
from desktop.documents.intake_layout import CELL, WIDTH, Block, row
from desktop.domain import choices
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.phone import display_phone


def identity(form: IntakeContext) -> list[Block]:
    v = form.v
    no_nik = set() if v.text("nik") else v.chosen(choices.NoNikReason, "no_nik_reason")
    return [
        form.heading(QT_TRANSLATE_NOOP("documents", "A. Identity")),
        row(
            form.box(
                QT_TRANSLATE_NOOP("documents", "Full name as on the KTP (a single name is fine)"),
                "full_name",
            )
        ),
        row(
            form.chars(QT_TRANSLATE_NOOP("documents", "NIK (16 digits)"), v.text("nik")),
            form.chars(
                QT_TRANSLATE_NOOP("documents", "Family card (KK) number"), v.text("kk_number")
            ),
            gap=WIDTH - 2 * 16 * CELL,
        ),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "No NIK? Why:"),
                form.options(choices.NoNikReason, no_nik),
                4,
            )
        ),
        row(
            form.box(QT_TRANSLATE_NOOP("documents", "Place of birth"), "birth_place"),
            form.chars(
                QT_TRANSLATE_NOOP("documents", "Date of birth (dd/mm/yyyy)"),
                v.date_digits("birth_date"),
                DATE,
            ),
        ),
        row(form.choose(QT_TRANSLATE_NOOP("documents", "Sex"), form.pick(choices.Sex, "sex"), 4)),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Citizenship"),
                form.pick(choices.Citizenship, "citizenship"),
                2,
            )
        ),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Marital status"),
                form.pick(choices.MaritalStatus, "marital_status"),
                4,
            )
        ),
    ]


def address(form: IntakeContext) -> list[Block]:
    v = form.v
    return [
        form.heading(QT_TRANSLATE_NOOP("documents", "B. Contact and address")),
        row(
            form.box(
                QT_TRANSLATE_NOOP("documents", "Phone / WhatsApp"),
                "phone",
                value=display_phone(v.text("phone")),
                weight=0.45,
            ),
            form.box(
                QT_TRANSLATE_NOOP("documents", "Street, house number, hamlet (dusun)"), "street"
            ),
        ),
        row(
            form.chars(QT_TRANSLATE_NOOP("documents", "RT"), v.text("rt"), [3]),
            form.chars(QT_TRANSLATE_NOOP("documents", "RW"), v.text("rw"), [3]),
            form.box(QT_TRANSLATE_NOOP("documents", "Village / kelurahan"), "village_name"),
            form.box(QT_TRANSLATE_NOOP("documents", "District / kecamatan"), "district_name"),
        ),
        row(
            form.box(QT_TRANSLATE_NOOP("documents", "Regency / city"), "regency_name"),
            form.box(QT_TRANSLATE_NOOP("documents", "Province"), "province_name"),
            form.chars(QT_TRANSLATE_NOOP("documents", "Postal code"), v.text("postal_code"), [5]),
        ),
    ]


def work(form: IntakeContext) -> list[Block]:
    return [
        form.heading(QT_TRANSLATE_NOOP("documents", "C. Education and work")),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Highest education completed"),
                form.pick(choices.Education, "education"),
            )
        ),
        row(form.box(QT_TRANSLATE_NOOP("documents", "Occupation"), "occupation")),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Employment status"),
                form.pick(choices.Employment, "employment"),
            )
        ),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Monthly income"),
                form.pick(choices.IncomeBand, "income_band"),
            )
        ),
    ]
