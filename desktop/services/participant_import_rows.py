"""One row of a participant list checked for the import (issue 7): the spreadsheet's damage
repaired or flagged (desktop.domain.sheet_repair), then the intake form's own rules
(desktop.domain.participant.clean_participant), so a row imports exactly when the form would
have saved it. Duplicates are found for all rows at once by desktop.services.participant_import.

Region names. A list names the village, district, regency and province; the village code is
found by the village's name within the given district, regency and province (case, "Desa",
"Kec.", "Kab." and the like ignored; "Kota" and "Kabupaten" told apart when written). No
match, or several (a Sidomulyo in 98 districts), is a warning: the names are then kept in the
street text and the person has no village code, which the intake form allows too.

Education, marital status and disability are read from their stored values, their English and
Indonesian labels and the usual abbreviations; anything else is a warning and left empty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any, Literal

from desktop.documents.language import CHOICES, translator
from desktop.domain.choices import Choice, Disability, Education, MaritalStatus, Sex
from desktop.domain.errors import ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.import_columns import ImportField, split_birth_place_date, split_rt_rw
from desktop.domain.participant import ParticipantInput, clean_participant
from desktop.domain.regions import Village, all_villages, children
from desktop.domain.sheet_repair import (
    Problem,
    clean_cell,
    repair_date,
    repair_nik,
    repair_phone,
    repair_sex,
)

F = ImportField
# "info" tells something that changes nothing about the row (it stays ok).
Severity = Literal["info", "warning", "error"]
Verdict = Literal["ok", "warning", "error"]

NO_NIK = QT_TRANSLATE_NOOP(
    "messages",
    "The NIK is missing: write the 16 digits from the KTP or family card. A person without a"
    " NIK is registered at the desk, where the reason is chosen.",
)
NOT_RT_RW = QT_TRANSLATE_NOOP(
    "messages", "{value} is not an RT/RW: write it as 003/005, or leave it empty."
)
VILLAGE_UNKNOWN = QT_TRANSLATE_NOOP(
    "messages",
    "No village {village} was found in the given district, regency and province: the address"
    " is kept as text, without a village. Check the spelling, or choose the village later.",
)
VILLAGE_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "messages",
    "There are {count} villages called {village}: add the district (kecamatan) and regency."
    " The address is kept as text, without a village.",
)
CHOICE_UNKNOWN = QT_TRANSLATE_NOOP(
    "messages", "{value} was not recognised and is left empty: choose it on the record later."
)
FORMULA_EMPTY = QT_TRANSLATE_NOOP(
    "messages", "This cell holds a formula that was never calculated: its value is missing."
)
_NIK_MISSING_FORM_TEXT = "Type the NIK, or choose why the person has none."


@dataclass(frozen=True)
class RowMessage:
    """Why a row is not plain ok (or, severity "info", something the clerk should know that
    leaves it ok): `text` a message id (context "messages") with `{name}` placeholders filled
    from `params`; `field` an ImportField value (the form's field name)."""

    field: str
    text: str
    params: Mapping[str, object]
    severity: Severity

    def english(self) -> str:
        from desktop.domain.errors import fill

        return fill(self.text, self.params, "en")


@dataclass(frozen=True)
class DuplicateMatch:
    """A registered person (`participant_id`) or an earlier row of the file (`row_number`)
    that may be the same person; `reason` a message id (context "duplicates")."""

    participant_id: int | None
    row_number: int | None
    full_name: str
    reason: str


@dataclass(frozen=True)
class ImportRow:
    """A row as the preview shows it. `values` are the repaired values as text (the phone
    with its leading 0 back, the date of birth as yyyy-mm-dd, the sex as L/P): what would be
    imported. `cells` are the row's cells as read, for the error report; `clean` the values
    the intake rules made of them (None for an error row), which the commit stores."""

    row_number: int
    values: Mapping[ImportField, str]
    verdict: Verdict
    messages: tuple[RowMessage, ...]
    duplicates: tuple[DuplicateMatch, ...]
    cells: tuple[str, ...] = field(default=(), repr=False)
    clean: Mapping[str, Any] | None = field(default=None, repr=False, compare=False)
    # The registered person this row is (preview_import(existing_ok=True): a list into a
    # cohort names people already registered): enrolled as they are, not registered again.
    existing_id: int | None = None


@dataclass
class CheckedRow:
    """A row after repairs and the intake rules: `clean` holds the participant's stored values
    (clean_participant's), None when the row has an error."""

    values: dict[ImportField, str]
    messages: list[RowMessage]
    clean: dict[str, Any] | None


def _problem(field_name: str, problem: Problem) -> RowMessage:
    return RowMessage(field_name, problem.text, dict(problem.params), problem.severity)


# --- region names -----------------------------------------------------------------------------

_REGION_WORDS = re.compile(
    r"^(?:desa|kelurahan|kel|ds|kecamatan|kec|distrik|kabupaten|kab|provinsi|prov|propinsi)\b\.?\s*"
)
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_CITY = re.compile(r"^kota\b\.?\s*")


@lru_cache(maxsize=16_384)  # the regions' own names (~8,000 above the villages) come often
def _region_key(name: str) -> tuple[str, str]:
    """("kota"/"kab"/"", folded name without the kind's word) of a region name."""
    text = unicodedata.normalize("NFKD", clean_cell(name).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    kind, bare = "", _REGION_WORDS.sub("", text)
    if found := _CITY.match(text):
        kind, bare = "kota", text[found.end() :]
    elif re.match(r"^(?:kabupaten|kab)\b", text):
        kind = "kab"
    return kind, " ".join(re.sub(r"[^0-9a-z]+", " ", bare).split())


def _simple_fold(name: str) -> str:
    """Case and punctuation folded: the village index's key (cheap: 83,762 names)."""
    return " ".join(_NOT_WORD.sub(" ", name.casefold()).split())


def _same_region(given: str, actual: str) -> bool:
    if not given:
        return True
    given_kind, given_name = _region_key(given)
    actual_kind, actual_name = _region_key(actual)
    return given_name == actual_name and (not given_kind or given_kind == actual_kind)


def _villages_in(regency: str, province: str) -> Iterator[Village]:
    """The villages of the regencies of that name (in that province, if given), walked down
    the region tree as all_villages() walks it, so the same villages in the same order."""
    for province_ in children(""):
        if not _same_region(province, province_.name):
            continue
        for regency_ in children(province_.code):
            if not _same_region(regency, regency_.name):
                continue
            for district in children(regency_.code):
                for place in children(district.code):
                    yield Village(
                        code=place.code,
                        name=place.name,
                        district_code=district.code,
                        district_name=district.name,
                        regency_code=regency_.code,
                        regency_name=regency_.name,
                        province_code=province_.code,
                        province_name=province_.name,
                        postal_code=place.postal_code,
                    )


def _by_name(villages: Iterable[Village]) -> dict[str, tuple[Village, ...]]:
    found: dict[str, list[Village]] = {}
    for village in villages:
        found.setdefault(_simple_fold(village.name), []).append(village)
    return {name: tuple(same) for name, same in found.items()}


@cache
def _villages_by_name() -> dict[str, tuple[Village, ...]]:
    """Every village by its folded name (~1 s to build, once per process)."""
    return _by_name(all_villages())


@lru_cache(maxsize=256)
def _villages_by_name_in(regency: str, province: str) -> dict[str, tuple[Village, ...]]:
    """The villages of the regencies named `regency` (in `province`, if given) by folded
    name: a list that names the regency needs a few hundred villages, not the whole index
    (~0.6 s less on the first import of a process; a list naming every regency costs what
    the whole index does)."""
    return _by_name(_villages_in(regency, province))


# A list from one village office names the same few places on every row: each set of names
# is looked up once (~25 µs a row saved, most of it folding the candidates' parents' names).
@lru_cache(maxsize=1024)
def find_village(
    village: str, district: str, regency: str, province: str
) -> tuple[Village | None, int]:
    """The one village these names can be, or None with how many they could be (0: none)."""
    given = _region_key(village)[1]
    index = _villages_by_name_in(regency, province) if regency else _villages_by_name()
    candidates = index.get(given, ())
    matching = [
        v
        for v in candidates
        if _same_region(district, v.district_name)
        and _same_region(regency, v.regency_name)
        and _same_region(province, v.province_name)
    ]
    return (matching[0], 1) if len(matching) == 1 else (None, len(matching))


# --- choices ------------------------------------------------------------------------------------

_EXTRA_WORDS: dict[str, Choice] = {
    "tidak sekolah": Education.NONE, "belum sekolah": Education.NONE,
    "tidak tamat sd": Education.SD_NOT_FINISHED, "sd": Education.SD, "mi": Education.SD,
    "smp": Education.SMP, "sltp": Education.SMP, "mts": Education.SMP, "sma": Education.SMA,
    "slta": Education.SMA, "smk": Education.SMA, "ma": Education.SMA, "d1": Education.D1_D2,
    "d2": Education.D1_D2, "d3": Education.D3, "d4": Education.D4_S1, "s1": Education.D4_S1,
    "s2": Education.S2, "s3": Education.S3,
    "belum kawin": MaritalStatus.SINGLE, "kawin": MaritalStatus.MARRIED,
    "menikah": MaritalStatus.MARRIED, "cerai hidup": MaritalStatus.DIVORCED,
    "cerai mati": MaritalStatus.WIDOWED,
    "fisik": Disability.PHYSICAL, "daksa": Disability.PHYSICAL,
    "intelektual": Disability.INTELLECTUAL, "grahita": Disability.INTELLECTUAL,
    "netra": Disability.SENSORY_SEEING, "rungu": Disability.SENSORY_HEARING,
    "wicara": Disability.SENSORY_SPEAKING, "tuli": Disability.SENSORY_HEARING,
}  # fmt: skip
_NO_DISABILITY = frozenset({"", "-", "tidak", "tidak ada", "tdk", "none", "no", "nihil"})


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", clean_cell(text).casefold()).split())


@cache
def _choice_words(kind: type[Choice]) -> dict[str, Choice]:
    indonesian = translator("id")
    words: dict[str, Choice] = {}
    for member in kind:
        for text in (member.value, member.label, indonesian(CHOICES, member.label)):
            words.setdefault(_fold(text), member)
    words.update({w: c for w, c in _EXTRA_WORDS.items() if isinstance(c, kind)})
    return words


def _choice(kind: type[Choice], text: str) -> Choice | None:
    return _choice_words(kind).get(_fold(text))


def _disabilities(text: str) -> tuple[frozenset[Disability], bool]:
    """The kinds written (separated by commas, slashes or "dan"), and whether all were known."""
    if _fold(text) in _NO_DISABILITY:
        return frozenset(), True
    parts = [p for p in re.split(r"[,;/+&]|\bdan\b|\band\b", text) if _fold(p)]
    found = [_choice(Disability, part) for part in parts]
    known = frozenset(kind for kind in found if isinstance(kind, Disability))
    return known, len(known) == len(found)


# --- one row ------------------------------------------------------------------------------------


def check_row(
    cells: Sequence[str],
    numeric: frozenset[int],
    formulas: frozenset[int],
    mapping: Mapping[int, ImportField],
    today: date,
) -> CheckedRow:
    """Repair and check one row; every problem of every field is reported, not the first."""
    messages: list[RowMessage] = []
    raw: dict[ImportField, str] = {}
    was_number: dict[ImportField, bool] = {}
    for column, field_ in mapping.items():
        raw[field_] = cells[column] if column < len(cells) else ""
        was_number[field_] = column in numeric
        if column in formulas:
            messages.append(RowMessage(field_.value, FORMULA_EMPTY, {}, "error"))
    values = {field_: clean_cell(text) for field_, text in raw.items()}

    if F.RT_RW in values:
        text = values.pop(F.RT_RW)
        values[F.RT], values[F.RW] = split_rt_rw(text)
        if text and not values[F.RT]:
            messages.append(RowMessage("rt", NOT_RT_RW, {"value": text}, "error"))
    birth_number = was_number.get(F.BIRTH_DATE, False)
    if F.BIRTH_PLACE_DATE in values:
        values[F.BIRTH_PLACE], values[F.BIRTH_DATE] = split_birth_place_date(
            values.pop(F.BIRTH_PLACE_DATE)
        )
        birth_number = False

    values[F.NIK], problem = repair_nik(raw.get(F.NIK, ""), was_number.get(F.NIK, False))
    if problem:
        messages.append(_problem("nik", problem))
    values[F.PHONE], problem = repair_phone(raw.get(F.PHONE, ""), was_number.get(F.PHONE, False))
    if problem:
        messages.append(_problem("phone", problem))
    birth_date, problem = repair_date(values.get(F.BIRTH_DATE, ""), birth_number, today=today)
    values[F.BIRTH_DATE] = birth_date.isoformat() if birth_date else values.get(F.BIRTH_DATE, "")
    if problem:
        messages.append(_problem("birth_date", problem))
    sex, problem = repair_sex(values.get(F.SEX, ""))
    values[F.SEX] = sex.value if sex else values.get(F.SEX, "")
    if problem:
        messages.append(_problem("sex", problem))

    village, street = _village(values, messages)
    education = _optional_choice(Education, F.EDUCATION, values, messages)
    marital = _optional_choice(MaritalStatus, F.MARITAL_STATUS, values, messages)
    disabilities, all_known = _disabilities(values.get(F.DISABILITY, ""))
    if not all_known:
        messages.append(
            RowMessage("disability", CHOICE_UNKNOWN, {"value": values[F.DISABILITY]}, "warning")
        )
    data = ParticipantInput(
        full_name=values.get(F.FULL_NAME, ""),
        nik="" if "nik" in _errors(messages) else values[F.NIK],
        kk_number=values.get(F.KK_NUMBER, "").lstrip("'’"),
        birth_place=values.get(F.BIRTH_PLACE, ""),
        birth_date=birth_date,
        sex=sex if isinstance(sex, Sex) else None,
        marital_status=marital if isinstance(marital, MaritalStatus) else None,
        phone="" if "phone" in _errors(messages) else values[F.PHONE],
        street=street,
        rt=values.get(F.RT, ""),
        rw=values.get(F.RW, ""),
        village_code=village.code if village else "",
        postal_code=values.get(F.POSTAL_CODE, ""),
        education=education if isinstance(education, Education) else None,
        occupation=values.get(F.OCCUPATION, ""),
        disabilities=disabilities,
    )
    clean = _intake_rules(data, village, today, messages)
    if any(m.severity == "error" for m in messages):
        clean = None
    return CheckedRow(values, _unique(messages), clean)


def _intake_rules(
    data: ParticipantInput, village: Village | None, today: date, messages: list[RowMessage]
) -> dict[str, Any] | None:
    """clean_participant's verdict, its errors and warnings added to `messages`. A field the
    repairs already faulted (and passed on empty) is not faulted again for being empty."""
    faulted = _errors(messages)
    try:
        cleaned = clean_participant(data, today=today, village=village)
    except ValidationErrors as errors:
        for error in errors.errors:
            field_name = error.field or ""
            if field_name in faulted:
                continue
            text = NO_NIK if error.text == _NIK_MISSING_FORM_TEXT else error.text
            messages.append(RowMessage(field_name, text, dict(error.params), "error"))
        return None
    for warning in cleaned.warnings:
        messages.append(RowMessage(warning.field, warning.text, dict(warning.params), "warning"))
    return cleaned.values


def _village(
    values: dict[ImportField, str], messages: list[RowMessage]
) -> tuple[Village | None, str]:
    """The village the names are (or None), and the street text (with the names when no
    village was found, so nothing written is lost)."""
    street = values.get(F.STREET, "")
    name = values.get(F.VILLAGE, "")
    if not name:
        return None, street
    parents = [values.get(f, "") for f in (F.DISTRICT, F.REGENCY, F.PROVINCE)]
    village, count = find_village(name, *parents)
    if village is not None:
        return village, street
    text = VILLAGE_AMBIGUOUS if count > 1 else VILLAGE_UNKNOWN
    messages.append(RowMessage("village", text, {"village": name, "count": count}, "warning"))
    return None, ", ".join(part for part in (street, name, *parents) if part)


def _optional_choice(
    kind: type[Choice],
    field_: ImportField,
    values: dict[ImportField, str],
    messages: list[RowMessage],
) -> Choice | None:
    text = values.get(field_, "")
    if not text:
        return None
    found = _choice(kind, text)
    if found is None:
        messages.append(RowMessage(field_.value, CHOICE_UNKNOWN, {"value": text}, "warning"))
    return found


def _errors(messages: list[RowMessage]) -> set[str]:
    """The fields that already have an error."""
    return {m.field for m in messages if m.severity == "error"}


def _unique(messages: list[RowMessage]) -> list[RowMessage]:
    seen: set[tuple[str, str, str]] = set()
    result = []
    for message in messages:
        key = (message.field, message.text, repr(sorted(message.params.items())))
        if key not in seen:
            seen.add(key)
            result.append(message)
    return result


def verdict_of(messages: Sequence[RowMessage]) -> Verdict:
    severities = {m.severity for m in messages}
    return "error" if "error" in severities else "warning" if "warning" in severities else "ok"
