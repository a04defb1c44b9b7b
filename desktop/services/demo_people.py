"""The demo's made-up participants: believable people, fast enough to make a million.

Each person is consistent the way a real record is: the NIK carries the birth date, the sex
(women add 40 to the day) and the district of the person's real village; the phone is a valid
Indonesian mobile number; the stored name keys and search text are the domain's own
(`desktop.domain.participant.clean_participant` stores exactly the same row; a test checks).
Most people live around the demo centre in Kec. Cibeber, Kab. Cianjur; some come from
elsewhere in West Java and a few from across Indonesia. The same seed gives the same people.

Speed: `pelita demo --participants 1000000` takes ~77 s on SQLite and ~85 s on PostgreSQL
(2-core machine; tests/benchmarks/bench_demo.py). Rows are tuples of the values as stored
(dates and times already in the text SQLAlchemy writes, JSON already serialised, a village's
parts and a name's keys computed once and reused), drawn with plain `random()` arithmetic
rather than `random.choice` (~33 s for a million people and their consents), and loaded in
one transaction: `executemany` on SQLite, COPY on PostgreSQL, into the bare table. Indexes,
triggers and SQLite's FTS5 index are set aside and built once at the end (~15 s + 11 s),
which is several times faster than keeping them up to date row by row (100,000 rows: 2.6 s
against 19 s); they are put back from the database's own catalogue, exactly as the
migrations made them.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from itertools import accumulate
from random import Random
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, func, select

from desktop.domain import demo_names, names
from desktop.domain.choices import (
    CONSENT_TEXT_VERSION,
    Accommodation,
    Assistance,
    Channel,
    ConsentMethod,
    ConsentPurpose,
    Disability,
    Dtsen,
    Education,
    Employment,
    Goal,
    IncomeBand,
    MaritalStatus,
    NoNikReason,
    Sex,
    TargetGroup,
    WashingtonDifficulty,
)
from desktop.domain.demo_names import Draw, pick
from desktop.domain.nik import FEMALE_DAY_OFFSET
from desktop.domain.participant import ADULT_AGE, ASSISTANCE_BITS, NIK_AGE, age_on
from desktop.domain.regions import Village, all_villages
from desktop.store.database import Database
from desktop.store.participants import ConsentRecord, Participant

T = TypeVar("T")
Row = tuple[Any, ...]

DEMO_SEED = 2026
BATCH = 20_000
YEARS_OF_RECORDS = 3
MIN_AGE, MAX_AGE = 15, 65
FEMALE_SHARE = 0.6
PHONE_SHARE = 0.85
DISABILITY_SHARE = 0.03
KK_SHARE = 0.8
NO_NIK_SHARE = 0.004  # adults who declined to give it, or have none for another reason

# Where the demo's people live. The centre is in Desa Sukamaju, Kec. Cibeber, Kab. Cianjur;
# its neighbours are Warungkondang, Cilaku, Bojongpicung, Campaka and Gekbrong.
CENTRE_REGENCY = "32.03"
CENTRE_DISTRICT = "32.03.03"
NEIGHBOUR_DISTRICTS = frozenset(("32.03.02", "32.03.04", "32.03.06", "32.03.15", "32.03.27"))
# Shares of people from: Cibeber, its neighbours, the rest of Cianjur, the rest of West Java,
# anywhere else.
AREA_SHARES = (35, 25, 20, 8, 12)

# Columns in the order the generator fills them (checked against the models below).
PARTICIPANT_COLUMNS = (
    "id", "full_name", "name_sort", "name_key", "nik", "no_nik_reason", "kk_number",
    "birth_place", "birth_date", "sex", "marital_status", "citizenship", "phone", "street",
    "rt", "rw", "province_code", "regency_code", "district_code", "village_code",
    "province_name", "regency_name", "district_name", "village_name", "postal_code",
    "education", "occupation", "employment", "income_band", "disabilities", "has_disability",
    "accommodations", "accommodation_note", "washington", "dtsen", "dtsen_decile",
    "assistance_bits", "target_groups", "preferences", "skills_have", "goal", "channel",
    "status", "merged_into_id", "search_text", "version", "created_at", "created_by_id",
    "updated_at",
)  # fmt: skip
CONSENT_COLUMNS = (
    "participant_id", "purposes", "text_version", "method", "given_on", "guardian_name",
    "guardian_relation", "recorded_at", "recorded_by_id", "recorded_by",
)  # fmt: skip
assert set(PARTICIPANT_COLUMNS) == {c.name for c in Participant.__table__.columns}
assert {*CONSENT_COLUMNS, "id"} == {c.name for c in ConsentRecord.__table__.columns}

# Indonesian mobile prefixes (Telkomsel, Indosat, XL, Axis, Tri, Smartfren) and the lengths
# of their numbers, the 0 included. A test checks every pair against the phone rules.
MOBILE_PREFIXES: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("0811", (11, 12)), ("0812", (11, 12, 13)), ("0813", (11, 12, 13)), ("0821", (12,)),
    ("0822", (12,)), ("0823", (12,)), ("0851", (12,)), ("0852", (12,)), ("0853", (12,)),
    ("0814", (12,)), ("0815", (11, 12)), ("0816", (11, 12)), ("0855", (12,)),
    ("0856", (11, 12)), ("0857", (11, 12)), ("0858", (12,)), ("0817", (12,)), ("0818", (12,)),
    ("0819", (12,)), ("0859", (12,)), ("0877", (12,)), ("0878", (12,)), ("0831", (12,)),
    ("0838", (12,)), ("0895", (12, 13)), ("0896", (12, 13)), ("0897", (12, 13)),
    ("0898", (12, 13)), ("0899", (12, 13)), ("0881", (12,)), ("0882", (12,)),
    ("0887", (12, 13)), ("0888", (12,)),
)  # fmt: skip
_PHONE_SHAPES = tuple((prefix, length) for prefix, lengths in MOBILE_PREFIXES for length in lengths)

STREETS = (
    "Kp. Babakan", "Kp. Sukamanah", "Kp. Cibodas", "Kp. Pasir Angin", "Kp. Cijedil",
    "Kp. Margaluyu", "Kp. Sindangsari", "Kp. Bojong", "Kp. Nagrak", "Kp. Cikaret",
    "Jl. Raya Cibeber", "Jl. Raya Cianjur-Sukabumi", "Gg. Mawar", "Gg. Melati", "Jl. Pesantren",
    "Dusun Krajan", "Jl. Masjid", "Perum Griya Asri", "Jl. Pasar Baru", "Kp. Ciherang",
)  # fmt: skip
OCCUPATIONS: dict[str, tuple[str, ...]] = {
    Employment.HOMEMAKER: ("Ibu rumah tangga", "Mengurus rumah tangga"),
    Employment.IN_SCHOOL: ("Pelajar", "Mahasiswa", "Santri"),
    Employment.JOB_SEEKER: ("Belum bekerja", "", "Lulusan baru"),
    Employment.LAID_OFF: ("Eks buruh pabrik", "Eks karyawan toko", ""),
    Employment.WORKING: (
        "Buruh tani", "Karyawan swasta", "Buruh pabrik", "Guru honorer", "Petani penggarap",
        "Pramuniaga", "Sopir", "Buruh bangunan", "Asisten rumah tangga", "Pekerja kebun teh",
    ),
    Employment.SELF_EMPLOYED: (
        "Petani", "Pedagang", "Wiraswasta", "Penjahit", "Peternak", "Tukang ojek",
        "Pemilik warung", "Perajin anyaman", "Penjual makanan", "Nelayan",
    ),
}  # fmt: skip
FARMING = frozenset(("Petani", "Buruh tani", "Petani penggarap", "Peternak", "Pekerja kebun teh"))
SKILLS = ("", "", "", "Menjahit dasar", "Memasak", "Bertani sayur", "Menganyam", "Komputer dasar")
GUARDIAN_RELATIONS = {
    Sex.FEMALE: ("Ibu kandung", "Ibu kandung", "Bibi", "Kakak", "Nenek"),
    Sex.MALE: ("Ayah kandung", "Ayah kandung", "Paman", "Kakak", "Kakek"),
}


@dataclass(frozen=True)
class Recorder:
    """The account the demo's records are entered by."""

    user_id: int | None
    username: str


@dataclass(frozen=True)
class _Table(Generic[T]):
    """Items with weights, drawn by bisecting the running total (random.choices is slower)."""

    items: tuple[T, ...]
    totals: tuple[float, ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[T, float]]) -> _Table[T]:
        items, weights = zip(*pairs, strict=True)
        return cls(tuple(items), tuple(accumulate(weights)))

    def draw(self, draw: Draw) -> T:
        return self.items[bisect_right(self.totals, draw() * self.totals[-1])]


_AGES = _Table.of(
    # Young adults and people in their thirties come most; teenagers and the over-55s less.
    (age, 2 if age < 18 else 5 if age < 26 else 4 if age < 41 else 3 if age < 51 else 1.5)
    for age in range(MIN_AGE, MAX_AGE + 1)
)
_EDUCATION = _Table.of(zip(Education, (3, 7, 25, 25, 30, 2, 3, 5, 0.4, 0.05), strict=True))
_DEGREES = frozenset((Education.D3, Education.D4_S1, Education.S2, Education.S3))
_AFTER_SMP = _DEGREES | {Education.SMA, Education.D1_D2}
_EMPLOYMENT = _Table.of(
    (
        (Employment.JOB_SEEKER, 2),
        (Employment.LAID_OFF, 1),
        (Employment.WORKING, 2),
        (Employment.SELF_EMPLOYED, 2),
    )
)
_NO_WORK = frozenset((Employment.IN_SCHOOL, Employment.JOB_SEEKER, Employment.HOMEMAKER))
_INCOME_WORKING = _Table.of(zip(list(IncomeBand)[1:], (35, 35, 17, 9, 4), strict=True))
_GOALS = _Table.of(zip(Goal, (30, 30, 15, 15, 7, 3), strict=True))
_CHANNELS = _Table.of(zip(Channel, (25, 12, 22, 12, 3, 15, 5, 5, 1), strict=True))
_DECILES = _Table.of(zip(range(1, 11), (20, 20, 18, 14, 10, 7, 5, 3, 2, 1), strict=True))
_BITS = {item: ASSISTANCE_BITS[item] for item in Assistance}
_OPTIONAL_PURPOSES = (
    (ConsentPurpose.ANONYMISED_FIGURES.value, 0.85),
    (ConsentPurpose.FOLLOW_UP.value, 0.6),
    (ConsentPurpose.PHOTOS.value, 0.5),
)
_WASHINGTON_KEYS = ("communicating", "hearing", "remembering", "seeing", "self_care", "walking")


@cache
def _json(value: Any) -> str:
    """JSON as SQLAlchemy's JSON type writes it (json.dumps), once per distinct value; tuples
    are stored as lists."""
    return json.dumps(list(value) if isinstance(value, tuple) else value)


def _disability_columns(
    kind: Disability, accommodations: tuple[Accommodation, ...], function: str, asked: bool
) -> tuple[str, int, str, str]:
    """(disabilities, has_disability, accommodations, Washington answers) as stored."""
    answers = None
    if asked:
        answers = {
            key: (
                WashingtonDifficulty.A_LOT if key == function else WashingtonDifficulty.NONE
            ).value
            for key in _WASHINGTON_KEYS
        }
    return (
        _json((kind.value,)),
        1,
        _json(tuple(sorted(a.value for a in accommodations))),
        json.dumps(answers),
    )


_NO_DISABILITY = (_json(()), 0, _json(()), _json(None))
# A disability, the accommodations it usually needs and the Washington Group function it
# concerns; half the people with one were also asked the Washington Group questions.
_DISABILITIES = _Table.of(
    (_disability_columns(kind, accommodations, function, asked), weight / 2)
    for kind, accommodations, function, weight in (
        (Disability.PHYSICAL, (Accommodation.RAMP, Accommodation.ACCESSIBLE_TOILET), "walking", 40),
        (Disability.SENSORY_SEEING, (Accommodation.LARGE_PRINT,), "seeing", 20),
        (Disability.SENSORY_HEARING, (Accommodation.SIGN_LANGUAGE,), "hearing", 20),
        (Disability.SENSORY_SPEAKING, (Accommodation.EXTRA_TIME,), "communicating", 5),
        (Disability.INTELLECTUAL, (Accommodation.ASSISTANT,), "remembering", 10),
        (Disability.MENTAL, (Accommodation.ASSISTANT,), "remembering", 5),
    )
    for asked in (False, True)
)


@dataclass(frozen=True)
class _Place:
    """A village and what every row from it needs, computed once per village."""

    columns: tuple[str, ...]  # province_code .. postal_code, in the table's order
    nik_prefix: str  # "320303": the region part of a NIK
    folded_name: str
    birth_place: str
    styles: _Table[demo_names.NameStyle]


def _place(village: Village) -> _Place:
    styles = demo_names.styles_for_province(village.province_code)
    return _Place(
        columns=(
            village.province_code,
            village.regency_code,
            village.district_code,
            village.code,
            village.province_name,
            village.regency_name,
            village.district_name,
            village.name,
            village.postal_code,
        ),
        nik_prefix=village.district_code.replace(".", ""),
        folded_name=names.sort_key(village.name),
        birth_place=village.regency_name.removeprefix("Kabupaten ").removeprefix("Kota "),
        styles=_Table.of((demo_names.STYLES[key], weight) for key, weight in styles),
    )


class _Places:
    """Villages to draw people from, clustered around the centre."""

    def __init__(self, villages: Sequence[Village]) -> None:
        areas: tuple[list[Village], ...] = ([], [], [], [], [])
        for village in villages:
            if village.district_code == CENTRE_DISTRICT:
                areas[0].append(village)
            elif village.district_code in NEIGHBOUR_DISTRICTS:
                areas[1].append(village)
            elif village.regency_code == CENTRE_REGENCY:
                areas[2].append(village)
            elif village.province_code == CENTRE_REGENCY[:2]:
                areas[3].append(village)
            else:
                areas[4].append(village)
        self._areas = _Table.of(zip(areas, AREA_SHARES, strict=True))
        self._places: dict[str, _Place] = {}

    def draw(self, draw: Draw) -> _Place:
        area = self._areas.draw(draw)
        village = area[int(draw() * len(area))]
        place = self._places.get(village.code)
        if place is None:
            place = self._places[village.code] = _place(village)
        return place


@cache
def _name_keys(full_name: str) -> tuple[str, str]:
    """(name_sort, name_key) by the domain's own functions, once per distinct name: a
    million people share far fewer names, and match_key alone takes ~30 µs."""
    return names.sort_key(full_name), names.match_key(full_name)


def _phone(draw: Draw) -> tuple[str, str]:
    """(E.164, the national digits the search text holds) of a made-up mobile number."""
    prefix, length = _PHONE_SHAPES[int(draw() * len(_PHONE_SHAPES))]
    digits = length - len(prefix)
    national = prefix + str(int(draw() * 10**digits)).zfill(digits)
    return "+62" + national[1:], national


def _education(draw: Draw, age: int) -> Education:
    education = _EDUCATION.draw(draw)
    # Schooling the age allows: nobody of 15 has finished high school or holds a degree.
    if age < 18 and education in _AFTER_SMP:
        return Education.SMP
    if age < 22 and education in _DEGREES:
        return Education.SMA
    return education


def _employment(draw: Draw, age: int, female: bool) -> Employment:
    if age < 19 and draw() < 0.7:
        return Employment.IN_SCHOOL
    if female and draw() < 0.45:
        return Employment.HOMEMAKER
    return _EMPLOYMENT.draw(draw)


def _marital(draw: Draw, age: int) -> MaritalStatus:
    roll = draw()
    if age < 20:
        return MaritalStatus.MARRIED if roll < 0.1 else MaritalStatus.SINGLE
    married = 0.25 + min(age, 45) / 70
    if roll < married:
        return MaritalStatus.MARRIED
    if age > 35 and roll < married + 0.12:
        return MaritalStatus.WIDOWED if age > 50 else MaritalStatus.DIVORCED
    return MaritalStatus.SINGLE


def _assistance(draw: Draw, age: int, employment: Employment) -> tuple[Dtsen, int | None, int]:
    """(DTSEN listing, welfare decile, assistance bits)."""
    roll, decile, bits = draw(), None, 0
    dtsen = Dtsen.YES if roll < 0.35 else Dtsen.NO if roll < 0.55 else Dtsen.UNKNOWN
    if dtsen is Dtsen.YES:
        decile = _DECILES.draw(draw)
        bits |= _BITS[Assistance.PKH] if draw() < 0.4 else 0
        bits |= _BITS[Assistance.BPNT] if draw() < 0.5 else 0
        bits |= _BITS[Assistance.PBI_JK] if draw() < 0.6 else 0
        if age < 22 and draw() < 0.3:
            bits |= _BITS[Assistance.KIP]
    if employment in (Employment.JOB_SEEKER, Employment.LAID_OFF) and draw() < 0.15:
        bits |= _BITS[Assistance.PRAKERJA]
    return dtsen, decile, bits


def _target_groups(
    age: int, employment: Employment, occupation: str, disabled: int, decile: int | None
) -> str:
    groups = []
    if disabled:
        groups.append(TargetGroup.DISABILITY.value)
    if occupation in FARMING:
        groups.append(TargetGroup.FARMER.value)
    if employment is Employment.HOMEMAKER:
        groups.append(TargetGroup.HOUSEWIFE.value)
    if decile is not None and decile <= 4:
        groups.append(TargetGroup.POOR_FAMILY.value)
    if 16 <= age <= 30:
        groups.append(TargetGroup.YOUTH.value)
    return _json(tuple(sorted(groups)))


def _purposes(draw: Draw) -> str:
    chosen = [ConsentPurpose.TRAINING.value]
    chosen += [purpose for purpose, share in _OPTIONAL_PURPOSES if draw() < share]
    return _json(tuple(sorted(chosen)))


class _Clock:
    """Registration times over the last years, on weekdays in office hours (08:00-15:00 WIB,
    01:00-08:00 UTC), as the text SQLAlchemy stores: "2025-03-04 02:15:09.000000"."""

    OPENS, HOURS = 1, 7

    def __init__(self, now: datetime) -> None:
        end = now.astimezone(UTC).date()
        start = end - timedelta(days=365 * YEARS_OF_RECORDS)
        self.days = [start + timedelta(days=n) for n in range((end - start).days)]
        self.day_texts = [day.isoformat() for day in self.days]
        self.weekdays = [n for n, day in enumerate(self.days) if day.weekday() < 5]

    def moments(self, draw: Draw, count: int) -> list[int]:
        """Sorted moments as seconds from the start, so ids follow registration times."""
        weekdays, opens, span = self.weekdays, self.OPENS * 3600, self.HOURS * 3600
        return sorted(
            weekdays[int(draw() * len(weekdays))] * 86400 + opens + int(draw() * span)
            for _ in range(count)
        )

    def at(self, moment: int) -> tuple[int, str]:
        """(day number, stored timestamp text) of a moment."""
        day, seconds = divmod(moment, 86400)
        hours, rest = divmod(seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return day, f"{self.day_texts[day]} {hours:02d}:{minutes:02d}:{seconds:02d}.000000"


class _Generator:
    """Makes people one at a time, remembering the NIK and KK serials already given out."""

    def __init__(
        self,
        seed: int,
        now: datetime,
        programme_ids: Sequence[int],
        recorder: Recorder,
        villages: Sequence[Village] | None = None,
    ) -> None:
        self.draw: Draw = Random(seed).random
        self.clock = _Clock(now)
        self.places = _Places(villages if villages is not None else all_villages())
        self.programme_ids = list(programme_ids)
        self.recorder = recorder
        self.serials: dict[str, int] = {}  # a NIK or KK number without its serial -> last used

    def _serial(self, stem: str) -> str:
        serial = self.serials.get(stem, 0) + 1
        self.serials[stem] = serial
        return f"{stem}{serial:04d}"

    def nik(self, place: _Place, birth_date: date, female: bool) -> str:
        day = birth_date.day + (FEMALE_DAY_OFFSET if female else 0)
        return self._serial(
            f"{place.nik_prefix}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}"
        )

    def kk(self, place: _Place, day: int) -> str:
        """A family card number: the region, the date the card was issued, a serial."""
        issued = self.clock.days[day] - timedelta(days=1 + int(self.draw() * 15 * 365))
        stem = f"{place.nik_prefix}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}"
        return self._serial("K" + stem)[1:]  # "K": KK serials are counted apart from NIKs

    def name(self, place: _Place, sex: Sex, age: int, education: Education) -> str:
        draw = self.draw
        style = place.styles.draw(draw)
        name = demo_names.make_name(draw, style, sex)
        haji = age >= 40 and style.muslim and draw() < 0.1
        degree = ""
        if education in demo_names.DEGREES and draw() < 0.5:
            degree = pick(draw, demo_names.DEGREES[education])
        return demo_names.with_titles(name, haji=haji, sex=sex, degree=degree)

    def preferences(self) -> str:
        """One to three of the demo's programmes, in the order of preference."""
        draw, left = self.draw, self.programme_ids[:]
        chosen = [
            left.pop(int(draw() * len(left))) for _ in range(min(len(left), 1 + int(draw() * 3)))
        ]
        return _json(tuple(chosen))

    def person(self, person_id: int, moment: int) -> tuple[Row, Row]:
        """(participant row, consent row), both as the database stores them."""
        draw = self.draw
        day, created = self.clock.at(moment)
        registered = self.clock.days[day]
        place = self.places.draw(draw)
        female = draw() < FEMALE_SHARE
        sex = Sex.FEMALE if female else Sex.MALE
        birth_date = date.fromordinal(
            registered.toordinal() - int(365.25 * _AGES.draw(draw)) - int(draw() * 365)
        )
        age = age_on(birth_date, registered)
        education = _education(draw, age)
        full_name = self.name(place, sex, age, education)
        name_sort, name_key = _name_keys(full_name)
        nik, no_nik_reason = "", None
        if age < NIK_AGE:
            no_nik_reason = NoNikReason.UNDER_17.value
        elif draw() < NO_NIK_SHARE:
            no_nik_reason = (NoNikReason.REFUSED if draw() < 0.5 else NoNikReason.OTHER).value
        else:
            nik = self.nik(place, birth_date, female)
        phone, phone_digits = _phone(draw) if draw() < PHONE_SHARE else ("", "")
        employment = _employment(draw, age, female)
        occupation = pick(draw, OCCUPATIONS[employment])
        if employment in _NO_WORK:
            income = IncomeBand.NONE if draw() < 0.7 else IncomeBand.UNDER_1M
        else:
            income = _INCOME_WORKING.draw(draw)
        disability = _DISABILITIES.draw(draw) if draw() < DISABILITY_SHARE else _NO_DISABILITY
        dtsen, decile, assistance = _assistance(draw, age, employment)
        street = pick(draw, STREETS)
        if draw() < 0.3:
            street = f"{street} No. {1 + int(draw() * 120)}"
        search_text = " ".join(
            part for part in (name_sort, nik, phone_digits, place.folded_name) if part
        )
        user_id = self.recorder.user_id
        row = (
            person_id, full_name, name_sort, name_key, nik, no_nik_reason,
            self.kk(place, day) if draw() < KK_SHARE else "", place.birth_place,
            birth_date.isoformat(), sex.value, _marital(draw, age).value, "wni", phone, street,
            f"{1 + int(draw() * 12):03d}", f"{1 + int(draw() * 8):03d}", *place.columns,
            education.value, occupation, employment.value, income.value, *disability[:3],
            "", disability[3], dtsen.value, decile, assistance,
            _target_groups(age, employment, occupation, disability[1], decile),
            self.preferences(), pick(draw, SKILLS), _GOALS.draw(draw).value,
            _CHANNELS.draw(draw).value, "active", None, search_text, 1, created, user_id,
            created,
        )  # fmt: skip
        guardian = relation = ""
        if age < ADULT_AGE:  # a minor's consent is given by a parent or guardian
            guardian_sex = Sex.FEMALE if draw() < 0.7 else Sex.MALE
            guardian = demo_names.make_name(draw, place.styles.draw(draw), guardian_sex)
            relation = pick(draw, GUARDIAN_RELATIONS[guardian_sex])
        consent = (
            person_id, _purposes(draw), CONSENT_TEXT_VERSION, ConsentMethod.SIGNED_PAPER.value,
            self.clock.day_texts[day], guardian, relation, created, user_id,
            self.recorder.username,
        )  # fmt: skip
        return row, consent

    def batches(self, first_id: int, count: int) -> Iterator[tuple[list[Row], list[Row]]]:
        moments = self.clock.moments(self.draw, count)
        for start in range(0, count, BATCH):
            pairs = [
                self.person(first_id + n, moments[n])
                for n in range(start, min(start + BATCH, count))
            ]
            yield [row for row, _consent in pairs], [consent for _row, consent in pairs]


# --- loading -----------------------------------------------------------------------------

# SQLite's page cache during the load (KiB; negative means KiB to SQLite): building an index
# over a million rows sorts in memory instead of spilling to temporary files.
LOAD_CACHE_KIB = 256 * 1024
Batches = Iterator[tuple[list[Row], list[Row]]]


def _set_aside_sqlite(connection: Connection, table: str) -> list[str]:
    """Drop the table's indexes and triggers, returning the statements that made them.

    Loading into a bare table and then building each index in one pass is several times
    faster than keeping a dozen indexes, and the trigram index fed by its trigger, up to date
    row by row (100,000 rows: 2.6 s set aside and rebuilt, 19 s kept up to date).
    The statements come from the database's own catalogue, so what is put back is exactly
    what the migrations made."""
    found = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        (table,),
    ).all()
    for kind, name, _sql in found:
        connection.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    return [sql for _kind, _name, sql in found]


def _set_aside_postgres(connection: Connection, table: str) -> list[str]:
    """As `_set_aside_sqlite`, for PostgreSQL's indexes (the primary key's stays)."""
    found = connection.exec_driver_sql(
        "SELECT indexname, indexdef FROM pg_indexes "
        "WHERE schemaname = current_schema() AND tablename = %(table)s AND indexname NOT IN "
        "(SELECT conname FROM pg_constraint WHERE conrelid = %(table)s::regclass)",
        {"table": table},
    ).all()
    for name, _sql in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def _load_sqlite(connection: Connection, batches: Batches) -> None:
    table = Participant.__tablename__
    cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    statements = _set_aside_sqlite(connection, table)
    people_sql = _insert_sql(table, PARTICIPANT_COLUMNS)
    consent_sql = _insert_sql(ConsentRecord.__tablename__, CONSENT_COLUMNS)
    for people, consents in batches:
        connection.exec_driver_sql(people_sql, people)
        connection.exec_driver_sql(consent_sql, consents)
    for statement in statements:  # the unique NIK index among them checks the serials
        connection.exec_driver_sql(statement)
    # The external-content FTS5 table reads every row once (and any rows already there).
    connection.exec_driver_sql("INSERT INTO participant_fts(participant_fts) VALUES ('rebuild')")
    connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _load_postgres(connection: Connection, batches: Batches) -> None:
    table = Participant.__tablename__
    statements = _set_aside_postgres(connection, table)
    driver = connection.connection.driver_connection
    assert driver is not None
    people_copy = f"COPY {table} ({', '.join(PARTICIPANT_COLUMNS)}) FROM STDIN"
    consent_copy = f"COPY {ConsentRecord.__tablename__} ({', '.join(CONSENT_COLUMNS)}) FROM STDIN"
    with driver.cursor() as cursor:
        for people, consents in batches:
            with cursor.copy(people_copy) as copy:
                for row in people:
                    copy.write_row(row)
            with cursor.copy(consent_copy) as copy:
                for row in consents:
                    copy.write_row(row)
    for statement in statements:
        connection.exec_driver_sql(statement)
    # The rows came with their ids: move the id sequence past them.
    connection.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
    )


def add_demo_people(
    db: Database,
    count: int,
    *,
    recorder: Recorder,
    programme_ids: Sequence[int] = (),
    seed: int = DEMO_SEED,
    villages: Sequence[Village] | None = None,
) -> None:
    """Add `count` made-up participants, each with a signed consent, in one transaction.

    `villages` defaults to every village of the region data (tests pass a few)."""
    if count <= 0:
        return
    generator = _Generator(seed, db.clock(), programme_ids, recorder, villages)
    with db.engine.begin() as connection:
        first_id = (connection.scalar(select(func.max(Participant.id))) or 0) + 1
        batches = generator.batches(first_id, count)
        if db.is_sqlite:
            _load_sqlite(connection, batches)
        else:
            _load_postgres(connection, batches)
    if not db.is_sqlite:
        # What autovacuum would do some minutes later, done now: until the table's pages are
        # marked all-visible, PostgreSQL reads a village's names from the table (a duplicate
        # check then takes ~100 ms) instead of from ix_participant_village_key alone (~4 ms).
        # VACUUM cannot run inside a transaction.
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql(
                f"VACUUM (ANALYZE) {Participant.__tablename__}, {ConsentRecord.__tablename__}"
            )
    _name_keys.cache_clear()  # a million names' keys are not worth keeping
