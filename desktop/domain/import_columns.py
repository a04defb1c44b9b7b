"""Which column of a participant list holds which field: guessed from the header row.

Lists come from village offices, NGOs and sponsors with headers in Indonesian or English,
abbreviated ("Tgl Lhr", "No. HP/WA"), with notes in brackets ("NIK (16 digit)") and typing
slips. A header is normalised first (case, non-breaking spaces, punctuation, common
abbreviations, filler words such as "peserta" and "lengkap"), then matched against the
synonyms below: an exact synonym wins over a fuzzy one, and a field goes to one column only.
Headers about someone else ("Nama Ibu Kandung", "Pekerjaan Ayah") are never mapped.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz, process

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class ImportField(enum.StrEnum):
    """A participant field an import fills; the value is ParticipantInput's field name where
    there is one. Region names (village … province) are looked up to a village code."""

    FULL_NAME = "full_name"
    NIK = "nik"
    KK_NUMBER = "kk_number"
    BIRTH_PLACE = "birth_place"
    BIRTH_DATE = "birth_date"
    BIRTH_PLACE_DATE = "birth_place_date"  # "Tempat, tgl lahir": "Bantul, 12-03-1990"
    SEX = "sex"
    PHONE = "phone"
    STREET = "street"
    RT = "rt"
    RW = "rw"
    RT_RW = "rt_rw"  # "003/005"
    VILLAGE = "village"
    DISTRICT = "district"
    REGENCY = "regency"
    PROVINCE = "province"
    POSTAL_CODE = "postal_code"
    EDUCATION = "education"
    OCCUPATION = "occupation"
    MARITAL_STATUS = "marital_status"
    DISABILITY = "disability"

    @property
    def label(self) -> str:
        return FIELD_LABELS[self]


FIELD_LABELS: dict[ImportField, str] = {
    ImportField.FULL_NAME: QT_TRANSLATE_NOOP("import", "Full name"),
    ImportField.NIK: QT_TRANSLATE_NOOP("import", "NIK"),
    ImportField.KK_NUMBER: QT_TRANSLATE_NOOP("import", "Family card (KK) number"),
    ImportField.BIRTH_PLACE: QT_TRANSLATE_NOOP("import", "Place of birth"),
    ImportField.BIRTH_DATE: QT_TRANSLATE_NOOP("import", "Date of birth"),
    ImportField.BIRTH_PLACE_DATE: QT_TRANSLATE_NOOP("import", "Place and date of birth"),
    ImportField.SEX: QT_TRANSLATE_NOOP("import", "Sex"),
    ImportField.PHONE: QT_TRANSLATE_NOOP("import", "Phone / WhatsApp"),
    ImportField.STREET: QT_TRANSLATE_NOOP("import", "Address"),
    ImportField.RT: QT_TRANSLATE_NOOP("import", "RT"),
    ImportField.RW: QT_TRANSLATE_NOOP("import", "RW"),
    ImportField.RT_RW: QT_TRANSLATE_NOOP("import", "RT/RW"),
    ImportField.VILLAGE: QT_TRANSLATE_NOOP("import", "Village / kelurahan"),
    ImportField.DISTRICT: QT_TRANSLATE_NOOP("import", "District / kecamatan"),
    ImportField.REGENCY: QT_TRANSLATE_NOOP("import", "Regency / city"),
    ImportField.PROVINCE: QT_TRANSLATE_NOOP("import", "Province"),
    ImportField.POSTAL_CODE: QT_TRANSLATE_NOOP("import", "Postal code"),
    ImportField.EDUCATION: QT_TRANSLATE_NOOP("import", "Education"),
    ImportField.OCCUPATION: QT_TRANSLATE_NOOP("import", "Occupation"),
    ImportField.MARITAL_STATUS: QT_TRANSLATE_NOOP("import", "Marital status"),
    ImportField.DISABILITY: QT_TRANSLATE_NOOP("import", "Disability"),
}

F = ImportField
# Written as people write them; normalised once at import time by the same rules as headers.
# fmt: off
SYNONYMS: dict[ImportField, tuple[str, ...]] = {
    F.FULL_NAME: ("Nama", "Nama Lengkap", "Nama Peserta", "Name", "Full name",
                  "Participant name", "Nama sesuai KTP", "Nama Lengkap sesuai KTP"),
    F.NIK: ("NIK", "No KTP", "KTP", "Nomor Induk Kependudukan", "NIK KTP", "No NIK",
            "Nomor Induk Kependudukan NIK", "ID number", "National ID", "Identity number"),
    F.KK_NUMBER: ("No KK", "KK", "NKK", "Nomor Kartu Keluarga", "Kartu Keluarga", "NIK KK",
                  "KK number", "Family card number", "Family card KK number"),
    F.BIRTH_PLACE: ("Tempat Lahir", "Tmp Lahir", "Kota Lahir", "Place of birth",
                    "Birth place", "Birthplace"),
    F.BIRTH_DATE: ("Tanggal Lahir", "Tgl Lahir", "Tgl Lhr", "Date of birth", "Birth date",
                   "Birthdate", "DOB", "Birthday", "Tanggal Bulan Tahun Lahir"),
    F.BIRTH_PLACE_DATE: ("TTL", "Tempat Tanggal Lahir", "Tempat, Tgl Lahir",
                         "Tempat dan Tanggal Lahir", "Place and date of birth",
                         "Place date of birth", "Tempat Tgl Lhr"),
    F.SEX: ("Jenis Kelamin", "JK", "L/P", "Kelamin", "Jenis Kelamin L/P", "Sex", "Gender",
            "Sex L/P", "M/F", "Sex M/F"),
    F.PHONE: ("No HP", "HP", "No. HP/WA", "No WA", "WA", "WhatsApp", "No WhatsApp",
              "Telepon", "No Telepon", "Telepon/HP", "No Telp/HP", "Telepon / WhatsApp",
              "Handphone", "No Handphone", "Kontak", "No Kontak", "Phone", "Phone number",
              "Phone / WhatsApp", "Mobile", "Mobile phone", "Telephone", "HP/WA"),
    F.STREET: ("Alamat", "Address", "Alamat Rumah", "Jalan", "Alamat Jalan", "Street",
               "Home address", "Jalan, nomor rumah, dusun",
               "Street, house number, hamlet"),
    F.RT: ("RT",),
    F.RW: ("RW",),
    F.RT_RW: ("RT/RW", "RT RW", "Rukun Tetangga / Rukun Warga"),
    F.VILLAGE: ("Desa/Kelurahan", "Desa", "Kelurahan", "Kelurahan/Desa", "Desa/Kel",
                "Nama Desa", "Village", "Village / kelurahan", "Village/Kelurahan"),
    F.DISTRICT: ("Kecamatan", "Kec", "Nama Kecamatan", "District", "Subdistrict",
                 "District / kecamatan"),
    F.REGENCY: ("Kabupaten/Kota", "Kabupaten", "Kota", "Kota/Kabupaten", "Kab/Kota",
                "Regency", "City", "Regency / city"),
    F.PROVINCE: ("Provinsi", "Propinsi", "Prov", "Province"),
    F.POSTAL_CODE: ("Kode Pos", "Kodepos", "Postal code", "Postcode", "Zip", "Zip code"),
    F.EDUCATION: ("Pendidikan", "Pendidikan Terakhir", "Pendidikan terakhir yang ditamatkan",
                  "Tingkat Pendidikan", "Ijazah Terakhir", "Education", "Last education",
                  "Highest education", "Highest education completed"),
    F.OCCUPATION: ("Pekerjaan", "Profesi", "Mata Pencaharian", "Pekerjaan Saat Ini",
                   "Occupation", "Job", "Profession"),
    F.MARITAL_STATUS: ("Status Kawin", "Status Perkawinan", "Status Pernikahan",
                       "Status Nikah", "Marital status"),
    F.DISABILITY: ("Disabilitas", "Penyandang Disabilitas", "Jenis Disabilitas",
                   "Ragam Disabilitas", "Difabel", "Kecacatan", "Cacat", "Disability",
                   "Disability UU 8/2016", "Disabilitas UU 8/2016"),
}

# Abbreviations spelt out, so "No.", "Nmr" and "Nomor" (or "Tgl" and "Tanggal") are one word.
ABBREVIATIONS = {
    "no": "nomor", "nmr": "nomor", "nomer": "nomor", "num": "nomor", "number": "nomor",
    "tgl": "tanggal", "tangal": "tanggal", "lhr": "lahir", "tmp": "tempat", "tmpt": "tempat",
    "tpt": "tempat", "telp": "telepon", "tlp": "telepon", "telpon": "telepon",
    "tel": "telepon", "kel": "kelurahan", "kec": "kecamatan", "kab": "kabupaten",
    "prov": "provinsi", "propinsi": "provinsi", "pend": "pendidikan",
}
# Words that add nothing to which field a column is.
FILLER = frozenset(
    {"peserta", "participant", "participants", "lengkap", "sesuai", "yang", "dan", "and",
     "of", "the", "aktif", "saat", "ini", "terakhir", "full"}
)
# Words that make a column about someone or something else: never the participant's field.
OTHER_SUBJECT = frozenset(
    {"ibu", "ayah", "bapak", "wali", "ortu", "orangtua", "orang", "tua", "suami", "istri",
     "kepala", "mother", "father", "parent", "guardian", "spouse", "husband", "wife", "email",
     "surel", "sekolah", "school", "lembaga", "instansi", "kantor", "usaha", "perusahaan",
     "company", "office", "pendamping", "penanggung", "darurat", "emergency", "kerabat", "urut",
     "pelatihan", "training", "program", "kejuruan", "daftar", "pendaftaran", "registration"}
)
# fmt: on
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")

# Fuzzy matching: rapidfuzz's token_sort_ratio (0-100, word order ignored) against every
# synonym. 85 accepts a slip or two in a long word ("Pendidkan", "Kecamtan") and refuses
# neighbours ("Tanggal Daftar" against "Tanggal Lahir" scores 74). Headers shorter than 4
# characters are matched exactly only: "rt" and "rw" are one letter apart.
FUZZY_THRESHOLD = 85
FUZZY_MIN_LENGTH = 4
EXACT = 100.0
FUZZY_WEIGHT = 0.9  # a fuzzy match scores below any exact one


def normalise_header(header: str) -> str:
    """Case, accents, non-breaking spaces and punctuation folded: the key a header is stored
    under when its mapping is remembered."""
    text = unicodedata.normalize("NFKC", str(header)).casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _words(header: str) -> list[str]:
    """The header's meaningful words: notes in brackets dropped (unless that leaves nothing),
    abbreviations spelt out, filler removed."""
    bare = _PARENTHESES.sub(" ", str(header))
    text = normalise_header(bare) or normalise_header(header)
    words = [ABBREVIATIONS.get(word, word) for word in text.split()]
    return [word for word in words if word not in FILLER]


def _match_text(header: str) -> str:
    return " ".join(_words(header))


_SYNONYM_TEXTS: dict[str, ImportField] = {
    _match_text(synonym): field for field, synonyms in SYNONYMS.items() for synonym in synonyms
}


def _best_field(header: str) -> tuple[ImportField, float] | None:
    words = _words(header)
    if not words or OTHER_SUBJECT.intersection(words):
        return None
    text = " ".join(words)
    if text in _SYNONYM_TEXTS:
        return _SYNONYM_TEXTS[text], EXACT
    if len(text) < FUZZY_MIN_LENGTH:
        return None
    found = process.extractOne(
        text, list(_SYNONYM_TEXTS), scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD
    )
    if found is None:
        return None
    synonym, score, _ = found
    return _SYNONYM_TEXTS[synonym], score * FUZZY_WEIGHT


def guess_mapping(headers: Sequence[str]) -> dict[int, ImportField]:
    """Column index -> field for the columns recognised; each field goes to the column that
    matches it best (the leftmost on a tie), and the other columns stay unmapped."""
    best: dict[ImportField, tuple[float, int]] = {}
    for column, header in enumerate(headers):
        found = _best_field(header) if header is not None else None
        if found is None:
            continue
        field, score = found
        if field not in best or score > best[field][0]:
            best[field] = (score, column)
    return {column: field for field, (_, column) in sorted(best.items(), key=lambda i: i[1][1])}


_RT_RW = re.compile(r"^\s*(?:rt\.?\s*)?(\d{1,3})\s*(?:[/\\\-.,]|\s)\s*(?:rw\.?\s*)?(\d{1,3})\s*$")


def split_rt_rw(text: str) -> tuple[str, str]:
    """("003", "005") from "003/005", "3/5", "RT 03 RW 05", "003-005"; ("", "") when the
    text is not an RT and RW pair (the caller reports it rather than guess)."""
    found = _RT_RW.match(unicodedata.normalize("NFKC", str(text)).casefold())
    if found is None:
        return "", ""
    return found.group(1), found.group(2)


_PLACE_DATE = re.compile(r"^\s*(?:(.*?)[\s,;/]+)?(\d{1,4}[\s./-]+\S+[\s./-]+\d{2,4})\s*$")


def split_birth_place_date(text: str) -> tuple[str, str]:
    """The place and the date text of "Bantul, 12-03-1990" or "Bantul 12 Maret 1990"; the
    date is left as text for the importer's date reader. No date at the end: ("text", "")."""
    clean = " ".join(unicodedata.normalize("NFKC", str(text)).split())
    found = _PLACE_DATE.match(clean)
    if found is None:
        return clean.strip(" ,"), ""
    return (found.group(1) or "").strip(" ,"), found.group(2)


NO_NAME = QT_TRANSLATE_NOOP("messages", "Which column holds the name?")
NO_BIRTH_DATE = QT_TRANSLATE_NOOP(
    "messages", "Which column holds the date of birth? Without a NIK column it cannot be read."
)
NO_SEX = QT_TRANSLATE_NOOP(
    "messages", "Which column holds the sex? Without a NIK column it cannot be read."
)
SAME_FIELD_TWICE = QT_TRANSLATE_NOOP(
    "messages", "Two columns are set to the same field. Leave one of them unmapped."
)
RT_RW_TWICE = QT_TRANSLATE_NOOP(
    "messages", "Use either the RT/RW column or separate RT and RW columns, not both."
)
BIRTH_TWICE = QT_TRANSLATE_NOOP(
    "messages",
    "Use either the place-and-date-of-birth column or separate place and date columns, not both.",
)


def mapping_problems(mapping: Mapping[int, ImportField]) -> list[str]:
    """What stops an import with this mapping, as message source texts (context "messages").

    The rules are clean_participant's: a name always; the date of birth and the sex unless a
    NIK column can supply them. A missing NIK column is not a problem here: each row then
    needs a reason for having none, which the row check reports."""
    fields = list(mapping.values())
    have = set(fields)
    problems = []
    if F.FULL_NAME not in have:
        problems.append(NO_NAME)
    if F.NIK not in have and not have & {F.BIRTH_DATE, F.BIRTH_PLACE_DATE}:
        problems.append(NO_BIRTH_DATE)
    if F.NIK not in have and F.SEX not in have:
        problems.append(NO_SEX)
    if len(have) < len(fields):
        problems.append(SAME_FIELD_TWICE)
    if F.RT_RW in have and have & {F.RT, F.RW}:
        problems.append(RT_RW_TWICE)
    if F.BIRTH_PLACE_DATE in have and have & {F.BIRTH_PLACE, F.BIRTH_DATE}:
        problems.append(BIRTH_TWICE)
    return problems
