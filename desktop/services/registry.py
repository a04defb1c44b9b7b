"""The participant list: search, filters, sorting and paging, all done by the database.

The GUI's table model shows a page at a time and asks for the next one as the list scrolls
(`page` with the cursor of the last row: keyset paging, never OFFSET), and shows how many
people match in the status bar (`count`, which stops counting at a cap: COUNT(*) over a
million rows takes a tenth of a second or more). `rows_by_id` refreshes rows after an edit.
The programme and cohort filters list the people with an enrolment there, in any status.
Roles that may not see sensitive data (instructors) get rows without `has_disability` and
may not filter by disability or social assistance (UU PDP: specific personal data); NIK and
phone are masked for roles that may not see identity numbers. Anonymised and merged records
are not in the default list (status active or inactive).

Search. The box is split into words; every word must match (AND):
- a word of 3 characters or more is found anywhere in the name, NIK, phone or village
  (the trigram index over `participant.search_text`);
- a first word of 1-2 letters matches the start of the name ("si" finds Siti and Sinta, not
  Nur Siti); a later one the start of a later word of the name ("siti a" finds Siti Aminah);
- numbers are matched by their digits as typed ("0812-3456" is 08123456; "+62 812" is 0812,
  the form the search text holds); 1-2 digits match the start of a NIK or phone number.
Words are folded like the search text (lower case, no accents). Nothing typed can break the
query: FTS5 gets each word as a quoted string, SQL gets bound parameters, and words no record
can hold (longer than any search text, or more than MAX_TERMS of them) find nobody. People
who may not see identity numbers cannot search by them either: a word with digits finds
nobody for them, or they could learn a NIK digit by digit.

Speed, at 1,000,000 participants on a 2-core machine (tests/benchmarks/bench_registry.py,
92 keystrokes of names typed letter by letter, NIK and phone fragments, villages; first page
sorted by name). FTS5 finds the rows holding "siti" fast, but not in name order: sorting its
hits costs ~2 µs a hit (each needs its table row), 40-100 ms for a word in 2-5% of rows.
Walking the name index and testing each row costs ~2.5 µs a row: cheap when the word is
common near the top of the list, hopeless when it is rare there (most "siti" are under S:
the walk passes 350,000 names first). Each search therefore looks before it leaps:
- few candidates (a region, or the FTS hits fetched up to SORT_MAX + 1): fetch and sort;
- a first word that begins many names ("siti", "budi"): those names are one stretch of the
  name index, walked in order, and merged with the other hits, found by the FTS query
  `(...) NOT ^"siti"` (^: at the start of the text, which begins with the name): usually few;
- up to PROBE_MAX hits: walk the sort index alone (it holds the ids) and test each id
  against the hit list (passed as one JSON parameter), ~0.1 µs an entry;
- more: walk WALK_MAX rows testing each; if the page is not full by then, probe beyond.
A later 2-letter word joins the FTS query as " am" (with its space: three characters).
SQLite without statistics would drive many of these by the `status` or `sex` index and sort
a million rows (250-400 ms), so conditions a plan does not drive by are written `+column`,
SQLite's documented way to keep an index out of a plan. PostgreSQL has statistics and its
trigram GIN index serves LIKE; when the planner estimates few hits one statement fetches up
to SORT_MAX + 1 of them and sorts them (a materialised CTE); when there are more, the same
prefix split and bounded walk follow.

Measured (median over keystrokes; the yardstick is the hand-written single query for the
same page, run in the same benchmark): SQLite 6.9 ms against 4.8 ms (p90 31 ms against
106 ms; worst "nur h" 140 ms, the bare query's worst 469 ms); PostgreSQL 7.1 ms against
4.3 ms (p90 170 ms against 473 ms; worst "nur" 383 ms against 2.1 s). On PostgreSQL a common
first word ("siti", "budi", "nur") still takes 130-380 ms: each hit costs ~5 µs through a
128 MB buffer cache (1 GB halves it). Keyset pages take ~2 ms anywhere in the list; the
whole ordered id list would take 3.0 s (SQLite) or 1.3 s (PostgreSQL), so there is none.
"""

from __future__ import annotations

import enum
import heapq
import itertools
import json
import re
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal,
    not_,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, QueryableAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from desktop.domain import phone
from desktop.domain.choices import (
    AGE_BAND_YEARS,
    AgeBand,
    Assistance,
    Dtsen,
    ParticipantStatus,
    Sex,
)
from desktop.domain.errors import PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.participant import ASSISTANCE_BITS, age_on, fold
from desktop.domain.roles import Permission
from desktop.domain.text import storable
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Enrolment

# A word longer than any search text can hold finds nobody (name 120, NIK 16, phone 15,
# village 100, three spaces).
MAX_TERM = 254
MAX_TERMS = 16  # more words than that find nobody: no record has so many
PAGE = 100
# How many candidates are sorted rather than walked past in index order (see the docstring).
SORT_MAX = 3_000
PROBE_MAX = 20_000
# Rows walked before giving up on the walk: SQLite reads a row in ~2.5 µs (6 ms), the test
# PostgreSQL in ~2.8 µs (its 128 MB buffer cache holds a quarter of the table; 28 ms).
WALK_MAX = 2_500
WALK_MAX_PG = 10_000
MASK = "•"


class SortKey(enum.StrEnum):
    NAME = "name"
    NIK = "nik"
    PHONE = "phone"
    BIRTH_DATE = "birth_date"
    VILLAGE = "village"
    REGISTERED = "registered"


# Each sort order is a (column, id) index of the participant table.
SORT_COLUMNS: dict[SortKey, InstrumentedAttribute[Any]] = {
    SortKey.NAME: Participant.name_sort,
    SortKey.NIK: Participant.nik,
    SortKey.PHONE: Participant.phone,
    SortKey.BIRTH_DATE: Participant.birth_date,
    SortKey.VILLAGE: Participant.village_name,
    SortKey.REGISTERED: Participant.created_at,
}


@dataclass(frozen=True)
class RegistryQuery:
    text: str = ""
    sex: Sex | None = None
    age_band: AgeBand | None = None
    has_disability: bool | None = None
    assistance: Assistance | None = None
    dtsen: Dtsen | None = None
    # The most specific of these narrows the list; the others, if given, must agree.
    province_code: str = ""
    regency_code: str = ""
    district_code: str = ""
    village_code: str = ""
    # None lists active and inactive records; merged records are never listed.
    status: ParticipantStatus | None = ParticipantStatus.ACTIVE
    # People with an enrolment (in any status) in this programme / this cohort.
    programme_id: int | None = None
    cohort_id: int | None = None
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the sort value and id of its last row."""

    value: str | date | datetime
    id: int


@dataclass(frozen=True)
class RegistryRow:
    id: int
    full_name: str
    nik: str  # masked for people who may not see identity numbers
    phone: str  # shown as written (0812-3456-7890), masked likewise
    sex: Sex
    birth_date: date
    age: int
    village_name: str
    district_name: str
    regency_name: str
    # None for people who may not see sensitive data (Permission.VIEW_SENSITIVE_DATA).
    has_disability: bool | None
    status: ParticipantStatus


@dataclass(frozen=True)
class Page:
    rows: list[RegistryRow]
    next_cursor: Cursor | None  # None: this was the last page


# --- search words ------------------------------------------------------------------------

# A word made of digits and the marks numbers are written with: 0812-3456, (022), +62, 3203.01
_NUMBER_WORD = re.compile(r"\+?[0-9().\-]*[0-9][0-9().\-]*")
_DIGITS = re.compile(r"[0-9]")


@dataclass(frozen=True)
class SearchTerms:
    """What the search box asks for, folded and sorted by how each kind is matched."""

    # Each found anywhere in the search text; a number may be written two ways (digits as
    # typed, or the phone form), either is enough.
    anywhere: tuple[tuple[str, ...], ...] = ()
    name_start: str = ""  # a first word of 1-2 letters: the name begins with it
    # Later words of 1-2 letters: a later word of the name begins with them (after a space).
    word_starts: tuple[str, ...] = ()
    number_starts: tuple[str, ...] = ()  # 1-2 digits: the NIK or the phone begins with them
    # A first word of 3+ letters: the names beginning with it are one stretch of the name
    # index (the "prefix split" in the module docstring).
    leading: str = ""
    nothing: bool = False  # no record can match

    @property
    def indexed(self) -> tuple[tuple[str, ...], ...]:
        """What the trigram index can look for: the anywhere-words, and " sa" for a later
        word "sa" (three characters with its space; a single letter has no trigram)."""
        return self.anywhere + tuple((" " + start,) for start in self.word_starts if len(start) > 1)

    @property
    def empty(self) -> bool:
        return not (self.anywhere or self.name_start or self.word_starts or self.number_starts)


def _words(text: str) -> list[tuple[bool, str]]:
    """(is a number, text) for each word; neighbouring number words are one number, so
    "0812 3456 7890" and "+62 812" are read whole."""
    found: list[tuple[bool, str]] = []
    for word in text.split():
        number = bool(_NUMBER_WORD.fullmatch(word))
        if number and found and found[-1][0]:
            found[-1] = (True, f"{found[-1][1]} {word}")
        else:
            found.append((number, word))
    return found


def _number_forms(typed: str) -> tuple[str, ...]:
    """The digit strings a typed number may stand for in the search text."""
    key = phone.phone_search_key(typed)
    digits = "".join(_DIGITS.findall(typed))
    if typed.startswith(("+", "00")):
        return (key,)  # an international prefix: only the phone form is meant
    return tuple(dict.fromkeys((digits, key)))


def search_terms(text: str, *, numbers: bool = True) -> SearchTerms:
    """Read the search box. `numbers=False` for people who may not see identity numbers:
    any word with a digit then finds nobody."""
    anywhere: list[tuple[str, ...]] = []
    name_start, leading = "", ""
    word_starts: list[str] = []
    number_starts: list[str] = []
    first, too_long = True, False
    for is_number, word in _words(storable(text)):
        if is_number:
            forms = _number_forms(word)
            if not any(forms):
                continue
            if len(forms[0]) < 3:
                number_starts.append(forms[0])
            else:
                anywhere.append(forms)
            first = False
            continue
        if len(word) > MAX_TERM:  # (and fold() would cut it short, to a name's length)
            too_long = True
            continue
        for piece in fold(word).split():
            if len(piece) >= 3:
                anywhere.append((piece,))
                leading = piece if first else leading
            elif first:
                name_start = piece
            else:
                word_starts.append(piece)
            first = False
    anywhere = _without_implied(anywhere)
    word_starts = list(dict.fromkeys(word_starts))
    number_starts = list(dict.fromkeys(number_starts))
    every = [form for forms in anywhere for form in forms] + word_starts + number_starts
    nothing = (
        too_long
        or len(anywhere) + len(word_starts) + len(number_starts) + bool(name_start) > MAX_TERMS
        or any(len(form) > MAX_TERM for form in every)
        or (not numbers and any(_DIGITS.search(t) for t in [*every, name_start]))
    )
    return SearchTerms(
        anywhere=tuple(anywhere),
        name_start=name_start,
        word_starts=tuple(word_starts),
        number_starts=tuple(number_starts),
        leading=leading if leading and (leading,) in anywhere else "",
        nothing=nothing,
    )


def _without_implied(terms: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Drop repeated words and words inside another ("sit" when "siti" is there too)."""
    unique = list(dict.fromkeys(terms))
    singles = [t[0] for t in unique if len(t) == 1]
    return [
        t
        for t in unique
        if len(t) > 1 or not any(t[0] != other and t[0] in other for other in singles)
    ]


def fts_query(forms: Iterable[tuple[str, ...]]) -> str:
    """An FTS5 query: every term (any of its forms), each a quoted string, so that quotes,
    *, NEAR, AND, OR, NOT and ^ typed in the box are plain text."""
    return " AND ".join(
        "(" + " OR ".join(_fts_string(form) for form in term) + ")" for term in forms
    )


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# --- conditions --------------------------------------------------------------------------


Expr = ColumnElement[Any] | QueryableAttribute[Any]


class _Unindexed(ColumnElement[Any]):
    """`+column` on SQLite, the column elsewhere: SQLite's documented way to keep a
    condition from choosing the index. Without statistics it would often drive a search
    by the `status` or `sex` index and then sort a million rows."""

    inherit_cache = True
    # The wrapped column is part of the statement cache key (two wraps of different columns
    # must not share a compiled statement).
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, column: Expr) -> None:
        self.column = column.expression if isinstance(column, QueryableAttribute) else column
        self.type = self.column.type


@compiles(_Unindexed)
def _compile_unindexed(element: _Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(_Unindexed, "sqlite")
def _compile_unindexed_sqlite(element: _Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.column, **kw)


def plain(column: Expr) -> ColumnElement[Any]:
    """A column as it is, unwrapped (the `Wrap` that adds nothing: filters for a query that
    needs no index hint, such as an export's)."""
    return column.expression if isinstance(column, QueryableAttribute) else column


Wrap = Callable[[Expr], ColumnElement[Any]]
_LAST = "\uffff"  # after any character a name can hold: "si" <= name < "si\uffff" starts "si"


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


SENSITIVE_FILTERS = ("has_disability", "assistance", "dtsen")
# Merged records live on in the one they were merged into; anonymised ones are nobody now.
_NEVER_LISTED = frozenset({ParticipantStatus.MERGED, ParticipantStatus.ANONYMISED})


def check_sensitive_filters(query: RegistryQuery, sensitive: bool) -> None:
    """Refuse a filter on disability or social assistance to a role that may not see them:
    the list it returns would tell who has a disability as plainly as a column would."""
    if sensitive:
        return
    if any(getattr(query, name) is not None for name in SENSITIVE_FILTERS):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "messages",
                "Filtering by disability or social assistance is for clerks and administrators.",
            )
        )


def shown_rows(rows: list[RegistryRow], sensitive: bool) -> list[RegistryRow]:
    """The rows as a role sees them: without whether the person has a disability unless it
    may see sensitive data."""
    return rows if sensitive else [replace(row, has_disability=None) for row in rows]


def filter_conditions(query: RegistryQuery, today: date, wrap: Wrap) -> list[ColumnElement[bool]]:
    """The filters of `query` (not the search words). `wrap` marks the columns that must not
    drive the plan (see _Unindexed)."""
    p = Participant
    found: list[ColumnElement[bool]] = []
    if query.status is None:
        found.append(wrap(p.status).in_([ParticipantStatus.ACTIVE, ParticipantStatus.INACTIVE]))
    else:
        found.append(wrap(p.status) == query.status.value)
        if query.status in _NEVER_LISTED:
            found.append(literal(False))  # merged and anonymised records are never listed
    if query.sex is not None:
        found.append(wrap(p.sex) == query.sex.value)
    if query.has_disability is not None:
        found.append(wrap(p.has_disability) == query.has_disability)
    if query.dtsen is not None:
        found.append(wrap(p.dtsen) == query.dtsen.value)
    if query.assistance is not None:
        bit = ASSISTANCE_BITS[query.assistance]
        found.append(p.assistance_bits.op("&")(bit) != 0)
    if query.age_band is not None:
        youngest, oldest = AGE_BAND_YEARS[query.age_band]
        # Age >= youngest: born on or before today minus `youngest` years; age <= oldest:
        # born after today minus oldest+1 years.
        found.append(wrap(p.birth_date) <= _years_before(today, youngest))
        if oldest is not None:
            found.append(wrap(p.birth_date) > _years_before(today, oldest + 1))
    for region, code in _regions(query):
        found.append(wrap(region) == code)
    found += [wrap(p.id).in_(enrolled) for enrolled in _enrolled(query)]
    return found


def _enrolled(query: RegistryQuery) -> list[Select[Any]]:
    """The participants enrolled in the programme or cohort asked for, most specific first
    (a cohort holds tens of people, a programme thousands): each an index seek."""
    found: list[Select[Any]] = []
    if query.cohort_id is not None:
        found.append(select(Enrolment.participant_id).where(Enrolment.cohort_id == query.cohort_id))
    if query.programme_id is not None:
        found.append(
            select(Enrolment.participant_id).where(Enrolment.programme_id == query.programme_id)
        )
    return found


def _regions(query: RegistryQuery) -> list[tuple[InstrumentedAttribute[str], str]]:
    """The region filters given, most specific first."""
    p = Participant
    pairs = (
        (p.village_code, query.village_code),
        (p.district_code, query.district_code),
        (p.regency_code, query.regency_code),
        (p.province_code, query.province_code),
    )
    return [(column, code) for column, code in pairs if code]


def _contains(column: Expr, text: str, sqlite: bool) -> ColumnElement[bool]:
    """`text` is in `column`, character for character (no pattern, nothing to escape)."""
    position = func.instr(column, text) if sqlite else func.strpos(column, text)
    return position > 0


def _escape_like(text: str) -> str:
    """`text` as a literal in a LIKE pattern (backslash is LIKE's default escape)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _begins(column: Expr, text: str) -> ColumnElement[bool]:
    return func.substr(column, 1, len(text)) == text


def _name_range(start: str, wrap: Wrap) -> list[ColumnElement[bool]]:
    """Names beginning with `start`: a stretch of the name index, plus the exact test (the
    range alone would depend on the collation)."""
    column = wrap(Participant.name_sort)
    return [column >= start, column < start + _LAST, _begins(Participant.name_sort, start)]


def term_conditions(
    terms: SearchTerms,
    sqlite: bool,
    name_wrap: Wrap,
    *,
    anywhere: bool = True,
    like: bool = False,
) -> list[ColumnElement[bool]]:
    """The search words as conditions on each row, the text ones as exact substring tests
    (`anywhere=False` leaves those to an FTS query; `like=True` writes them as LIKE, which
    PostgreSQL's trigram index serves). `name_wrap` decides whether the name range of a
    short first word may use the name index."""
    p = Participant
    found: list[ColumnElement[bool]] = []
    for forms in (terms.indexed if like else terms.anywhere) if anywhere else ():
        if like:  # the word starts too: also a necessary condition, and one the index serves
            found.append(or_(*(p.search_text.like(f"%{_escape_like(f)}%") for f in forms)))
        else:
            found.append(or_(*(_contains(p.search_text, form, sqlite) for form in forms)))
    if terms.name_start:
        found.extend(_name_range(terms.name_start, name_wrap))
    for start in terms.word_starts:
        found.append(_contains(p.name_sort, " " + start, sqlite))
    for digits in terms.number_starts:
        if digits.startswith("0"):  # the national form 08… of a phone stored as +628…
            number = _begins(p.phone, "+62" + digits[1:])
        else:  # a foreign number is searched by the digits after its +
            number = and_(_begins(p.phone, "+" + digits), not_(_begins(p.phone, "+62")))
        found.append(or_(_begins(p.nik, digits), number))
    if terms.nothing:
        found.append(literal(False))
    return found


# --- plans -------------------------------------------------------------------------------

_FTS_IDS = (
    "SELECT rowid FROM participant_fts WHERE participant_fts MATCH ? AND rowid > ? "
    "ORDER BY rowid LIMIT ?"
)
_FTS = table("participant_fts", column("rowid", Integer), column("participant_fts"))
Key = tuple[Any, int]  # (sort value, id) of a row


def _id_list(ids: list[int]) -> Select[tuple[int]]:
    """SQLite: ids as one JSON parameter (json_each), not thousands of bound parameters."""
    return select(func.json_each(json.dumps(ids)).table_valued("value").c.value)


def _fts_ids(query: str) -> Select[tuple[int]]:
    """Ids of the rows whose search text the FTS5 query matches."""
    return select(_FTS.c.rowid).where(_FTS.c.participant_fts.op("MATCH")(query))


@dataclass
class _Search:
    """One page of one query: builds the statements of each plan and picks between them."""

    session: Session
    query: RegistryQuery
    terms: SearchTerms
    today: date
    sqlite: bool
    plan: str = field(default="", init=False)  # the plan used, for tests and benchmarks
    # Rows the plan's statements brought along (walks fetch them anyway): no second query.
    fetched: dict[int, Any] = field(default_factory=dict, init=False)

    @property
    def column(self) -> InstrumentedAttribute[Any]:
        return SORT_COLUMNS[self.query.sort]

    def wrap(self, column: Expr) -> ColumnElement[Any]:
        return _Unindexed(column) if self.sqlite else plain(column)

    def statement(
        self,
        after: Cursor | None,
        limit: int,
        *,
        drive: ColumnElement[bool] | None = None,
        walk: bool = True,
        terms: bool = True,
        extra: Sequence[ColumnElement[bool]] = (),
    ) -> Select[Any]:
        """(sort value, id, the row's columns) of the first `limit` matching rows after
        `after`.

        `walk`: in the order of the sort index (its column and the keyset condition may use
        the index); otherwise the rows come from `drive` (an indexed condition) and are
        sorted. `terms=False` leaves the anywhere-words to an FTS query in `extra`."""
        p = Participant
        order_by = self.column if walk else self.wrap(self.column)
        order_id = p.id if walk else self.wrap(p.id)
        conditions = [*filter_conditions(self.query, self.today, self.wrap), *extra]
        # Walking the name index, a short first word's name range narrows the walk.
        name_wrap = plain if walk and self.query.sort is SortKey.NAME else self.wrap
        conditions += term_conditions(self.terms, self.sqlite, name_wrap, anywhere=terms)
        if drive is not None:
            conditions.append(drive)
        if after is not None:
            keys = tuple_(order_by, order_id)
            bound = (after.value, after.id)
            conditions.append(keys < bound if self.query.descending else keys > bound)
        ordering = [order_by, order_id]
        if self.query.descending:
            ordering = [order_by.desc(), order_id.desc()]
        shown = _ROW_COLUMNS[1:]
        return select(self.column, p.id, *shown).where(*conditions).order_by(*ordering).limit(limit)

    def keys(self, statement: Select[Any]) -> list[Key]:
        # Core, not the ORM session's execute: thousands of ids come back ~3x faster.
        rows = self.session.connection().execute(statement).all()
        if rows and len(rows[0]) > 2:
            self.fetched.update((row[1], row[1:]) for row in rows)
        return [(row[0], row[1]) for row in rows]

    def bounded(self, statement: Select[Any], cap: int) -> int:
        """How many rows `statement` gives, counting no further than `cap`."""
        counted = select(func.count()).select_from(statement.limit(cap).subquery())
        return int(self.session.scalar(counted) or 0)

    # -- SQLite ---------------------------------------------------------------------------

    def sqlite_keys(self, after: Cursor | None, limit: int) -> list[Key]:
        terms, p = self.terms, Participant
        # A cohort, a programme, a region or (sorting by something else) a short first word
        # may leave few rows:
        # counted in their index, up to the cap, they are fetched and sorted.
        candidates: list[ColumnElement[bool]] = [
            p.id.in_(enrolled) for enrolled in _enrolled(self.query)[:1]
        ]
        candidates += [region == code for region, code in _regions(self.query)[:1]]
        if terms.name_start and self.query.sort is not SortKey.NAME:
            candidates.append(and_(*_name_range(terms.name_start, plain)))
        for condition in candidates:
            if self.bounded(select(p.id).where(condition), SORT_MAX) < SORT_MAX:
                self.plan = "sort"
                return self.keys(self.statement(after, limit, drive=condition, walk=False))
        if not terms.indexed:
            self.plan = "walk"
            return self.keys(self.statement(after, limit))
        fts = fts_query(terms.indexed)
        ids = self.fts_ids(fts, SORT_MAX + 1)
        if not (terms.leading and self.query.sort is SortKey.NAME) or len(ids) <= SORT_MAX:
            return self.from_hits(after, limit, fts, ids, [])
        # Many hits, and the first word begins many names: those are one stretch of the name
        # index, walked in order; the FTS query then looks only for the others.
        leading = terms.leading
        block = self.keys(self.statement(after, limit, extra=_name_range(leading, plain)))
        others = f"({fts}) NOT ^{_fts_string(leading)}"
        outside = [not_(and_(*_name_range(leading, self.wrap)))]
        rest = self.from_hits(after, limit, others, self.fts_ids(others, SORT_MAX + 1), outside)
        self.plan = f"split+{self.plan}"
        return list(heapq.merge(block, rest, reverse=self.query.descending))[:limit]

    def from_hits(
        self,
        after: Cursor | None,
        limit: int,
        fts: str,
        ids: list[int],
        extra: list[ColumnElement[bool]],
    ) -> list[Key]:
        """The page among the rows the FTS query matches, given its first SORT_MAX + 1 ids:
        sort them if that is all; probe the sort index with up to PROBE_MAX; else walk."""
        p = Participant
        if len(ids) <= SORT_MAX:
            self.plan = "sort"
            drive = p.id.in_(_id_list(ids))
            return self.keys(self.statement(after, limit, drive=drive, walk=False, extra=extra))
        ids += self.fts_ids(fts, max(0, PROBE_MAX - SORT_MAX), ids[-1])
        if len(ids) <= PROBE_MAX:
            self.plan = "probe"  # walk the sort index, reading only entries whose id is a hit
            probe = self.wrap(p.id).in_(_id_list(ids))
            return self.keys(self.statement(after, limit, terms=False, extra=[*extra, probe]))
        return self.walk_then_probe(after, limit, fts, extra)

    def fts_ids(self, fts: str, limit: int, after_id: int = 0) -> list[int]:
        """Up to `limit` ids the FTS query matches, in id order, after `after_id`. Straight
        through the driver: tens of thousands of ids come back ~4x faster than through
        SQLAlchemy's result rows."""
        driver = self.session.connection().connection.driver_connection
        assert driver is not None
        rows = driver.execute(_FTS_IDS, (fts, after_id, limit)).fetchall()
        return [id_ for (id_,) in rows]

    def walk_then_probe(
        self, after: Cursor | None, limit: int, fts: str, extra: list[ColumnElement[bool]]
    ) -> list[Key]:
        """A common word: walk the sort index testing each row, at most WALK_MAX rows; if the
        page is not full by then, the word is less common here than overall, and the rest
        of the walk only looks at index entries whose id the FTS query found."""
        self.plan = "walk"
        horizon = self.horizon(after)
        if horizon is None:  # fewer than WALK_MAX rows left: walk them all
            return self.keys(self.statement(after, limit, extra=extra))
        keys = tuple_(self.column, Participant.id)
        within = keys >= horizon if self.query.descending else keys <= horizon
        found = self.keys(self.statement(after, limit, extra=[*extra, within]))
        if len(found) == limit:
            return found
        self.plan = "walk+probe"
        probe = self.wrap(Participant.id).in_(_fts_ids(fts))
        beyond = Cursor(*horizon)
        more = self.statement(beyond, limit - len(found), terms=False, extra=[*extra, probe])
        return found + self.keys(more)

    def horizon(self, after: Cursor | None, rows: int = 0) -> Key | None:
        """The key `rows` rows on from `after` in the sort index, or None if the index ends
        sooner (`rows` 0: WALK_MAX). A bounded look-ahead over index entries (~0.3 ms), not
        paging."""
        p, rows = Participant, rows or WALK_MAX
        conditions = []
        if after is not None:
            keys, bound = tuple_(self.column, p.id), (after.value, after.id)
            conditions.append(keys < bound if self.query.descending else keys > bound)
        if self.terms.name_start and self.query.sort is SortKey.NAME:
            conditions += _name_range(self.terms.name_start, plain)[:2]
        ordering = [self.column, p.id]
        if self.query.descending:
            ordering = [self.column.desc(), p.id.desc()]
        ahead = select(self.column, p.id).where(*conditions).order_by(*ordering)
        found = self.session.connection().execute(ahead.offset(rows - 1).limit(1)).first()
        return None if found is None else (found[0], found[1])

    def count_statement(self) -> Select[Any]:
        """The matching rows, in no order, for `count`: driven by the search words' FTS hits
        or a region when there are any, else by a scan that stops at the cap. Columns most
        rows share (status, sex, DTSEN) never drive it."""
        p, terms = Participant, self.terms
        conditions = filter_conditions(self.query, self.today, self.wrap)
        conditions += term_conditions(
            terms, self.sqlite, self.wrap, anywhere=not self.sqlite, like=True
        )
        if self.sqlite and terms.indexed:
            conditions.append(p.id.in_(_fts_ids(fts_query(terms.indexed))))
        regions = _regions(self.query)
        if regions:
            conditions.append(regions[0][0] == regions[0][1])
        if self.query.has_disability:
            conditions.append(p.has_disability == True)  # noqa: E712 (SQL, not Python)
        return select(p.id).where(*conditions)

    # -- PostgreSQL -----------------------------------------------------------------------

    def postgres_keys(self, after: Cursor | None, limit: int) -> list[Key]:
        """PostgreSQL's planner has statistics, so filters and regions are left to it. Its
        estimate for a trigram LIKE is good but it cannot know where in name order the hits
        lie, and walks the name index past 350,000 rows for "siti" (a second). So: few hits
        by its estimate are fetched through the trigram index and sorted; for more, the
        names beginning with the first word are walked, and the other hits are looked for
        by a walk of at most WALK_MAX_PG rows before falling back to fetch-and-sort."""
        terms = self.terms
        if not terms.indexed:
            self.plan = "planner"
            return self.keys(self.statement(after, limit))
        # The estimate first: for a common word, fetching even SORT_MAX + 1 hits means
        # building the trigram index's whole bitmap (40 ms for "320" at a million people).
        few = self.few_sorted(after, limit) if self.rare() else None
        if few is not None:
            self.plan = "sort"
            return few
        extra: list[ColumnElement[bool]] = []
        block: list[Key] = []
        if terms.leading and self.query.sort is SortKey.NAME:
            block = self.walk(self.statement(after, limit, extra=_name_range(terms.leading, plain)))
            extra = [not_(and_(*_name_range(terms.leading, plain)))]
        self.plan = "walk"
        found: list[Key] = []
        horizon = self.horizon(after, WALK_MAX_PG)
        if horizon is None:
            found = self.walk(self.statement(after, limit, extra=extra))
        else:
            keys = tuple_(self.column, Participant.id)
            within = keys >= horizon if self.query.descending else keys <= horizon
            found = self.walk(self.statement(after, limit, extra=[*extra, within]))
            if len(found) < limit:
                self.plan = "walk+sort"
                more = self.fetch_and_sort(Cursor(*horizon), limit - len(found), extra)
                found += self.keys(more)
        if not block:
            return found
        self.plan = f"split+{self.plan}"
        return self.in_order([id_ for _value, id_ in block + found], limit)

    def walk(self, statement: Select[Any]) -> list[Key]:
        """Run a walk of the sort index as one. Conditions whose selectivity the planner
        over-estimates (a name range and a substring test together: 25 rows where there are
        22,000) make it fetch them all by bitmap and sort instead (80 ms, not 0.3)."""
        connection = self.session.connection()
        # SET and RESET, not SET LOCAL: a read runs outside a transaction (see acting).
        connection.exec_driver_sql("SET enable_bitmapscan = off")
        try:
            return self.keys(statement)
        finally:
            connection.exec_driver_sql("RESET enable_bitmapscan")

    def few_sorted(self, after: Cursor | None, limit: int) -> list[Key] | None:
        """The page, when the search words match at most SORT_MAX rows (most searches of a
        whole word or two); None when they match more (the planner's estimate was low). One
        statement: the hits through the trigram index, up to SORT_MAX + 1 of them, sorted,
        with their number alongside (`_sorted_statement`, built once for each shape of
        search and run with this search's words)."""
        shape = _SortedShape.of(self.query, self.today, self.terms, after, limit)
        statement = _sorted_statement(shape)
        rows = self.session.connection().execute(statement, _sorted_values(self.terms, after))
        found = rows.all()
        if found and found[0].found > SORT_MAX:
            return None
        self.fetched.update((row[1], row[1:-1]) for row in found)
        return [(row[0], row[1]) for row in found]

    def rare(self) -> bool:
        """Whether the planner expects fewer than SORT_MAX hits. Asked once per search, not
        per keystroke: words that narrow words it already called rare ("dewi les" after
        "dewi le") match no more rows, so its answer stands (few_sorted still counts, and
        falls back if the data has changed since)."""
        words, where = self.terms.indexed, (str(self.session.connection().engine.url), SORT_MAX)
        if any(place == where and _narrows(words, known) for place, known in _RARE):
            return True
        if self.estimate() >= SORT_MAX:
            return False
        _RARE.append((where, words))
        return True

    def estimate(self) -> float:
        """The planner's estimate of the rows the search words match (~0.3 ms)."""
        conditions = term_conditions(self.terms, False, plain, like=True)
        compiled = (
            select(Participant.id)
            .where(*conditions)
            .compile(dialect=self.session.get_bind().dialect)
        )
        explain = f"EXPLAIN (FORMAT JSON) {compiled}"
        plan = self.session.connection().exec_driver_sql(explain, compiled.params).scalar_one()
        return float(plan[0]["Plan"]["Plan Rows"])

    def hits(self, after: Cursor | None, extra: list[ColumnElement[bool]]) -> Select[Any]:
        """(sort value, id, the row's columns) of every matching row after `after`."""
        p = Participant
        conditions = [
            *filter_conditions(self.query, self.today, plain),
            *term_conditions(self.terms, False, plain, like=True),
            *extra,
        ]
        if after is not None:
            keys, bound = tuple_(self.column, p.id), (after.value, after.id)
            conditions.append(keys < bound if self.query.descending else keys > bound)
        shown = [column.label(column.key) for column in _ROW_COLUMNS[1:]]
        return select(self.column.label("value"), p.id.label("id"), *shown).where(*conditions)

    def ordering(self, hits: Any) -> list[ColumnElement[Any]]:
        if self.query.descending:
            return [hits.c.value.desc(), hits.c.id.desc()]
        return [hits.c.value, hits.c.id]

    def fetch_and_sort(
        self, after: Cursor | None, limit: int, extra: list[ColumnElement[bool]]
    ) -> Select[Any]:
        """The matching rows through the trigram index, then sorted: a materialised CTE, so
        the planner cannot turn it into a walk of the sort index."""
        cte = self.hits(after, extra).cte("hits").prefix_with("MATERIALIZED")
        return select(*cte.c).order_by(*self.ordering(cte)).limit(limit)

    def in_order(self, ids: list[int], limit: int) -> list[Key]:
        """These rows' keys in the database's own order (its collation decides, not Python)."""
        p = Participant
        ordering = [self.column, p.id]
        if self.query.descending:
            ordering = [self.column.desc(), p.id.desc()]
        return self.keys(
            select(self.column, p.id).where(p.id.in_(ids)).order_by(*ordering).limit(limit)
        )


# --- the few-hits statement, once per shape ------------------------------------------------
# Built and keyed anew for every keystroke, this statement cost ~1 ms of Python (its CTE's
# columns, then SQLAlchemy's cache key) on top of ~2 ms in PostgreSQL. A search's shape (how
# many words and forms, the filters, the sort) changes far less often than its words: the
# statement is built once per shape with named parameters, and each search passes its words.
# The conditions are those of `term_conditions(like=True)` in the same order as
# `_sorted_values` gives the values; the plan tests compare every plan with a plain filter.


@dataclass(frozen=True)
class _SortedShape:
    query: RegistryQuery  # its filters and sort; the text is in the parameters
    today: date  # the age bands' dates
    forms: tuple[int, ...]  # how many forms each indexed word has
    name_start: int  # the length of a short first word; 0 for none
    word_starts: int
    numbers: tuple[tuple[bool, int], ...]  # per number start: national (0…), its length
    after: bool
    limit: int
    sort_max: int

    @classmethod
    def of(
        cls, query: RegistryQuery, today: date, terms: SearchTerms, after: Cursor | None,
        limit: int,
    ) -> _SortedShape:  # fmt: skip
        return cls(
            query=replace(query, text=""),
            today=today,
            forms=tuple(len(forms) for forms in terms.indexed),
            name_start=len(terms.name_start),
            word_starts=len(terms.word_starts),
            numbers=tuple((d.startswith("0"), len(d)) for d in terms.number_starts),
            after=after is not None,
            limit=limit,
            sort_max=SORT_MAX,
        )


def _sorted_values(terms: SearchTerms, after: Cursor | None) -> dict[str, Any]:
    """The parameters of `_sorted_statement` for these words, p0, p1, … in its order."""
    values: list[Any] = []
    for forms in terms.indexed:
        values += [f"%{_escape_like(form)}%" for form in forms]
    if terms.name_start:
        values += [terms.name_start, terms.name_start + _LAST, terms.name_start]
    values += [" " + start for start in terms.word_starts]
    for digits in terms.number_starts:
        values += [digits, "+62" + digits[1:] if digits.startswith("0") else "+" + digits]
    if after is not None:
        values += [after.value, after.id]
    return {f"p{number}": value for number, value in enumerate(values)}


@lru_cache(maxsize=256)
def _sorted_statement(shape: _SortedShape) -> Select[Any]:
    p = Participant
    names = (f"p{number}" for number in itertools.count())
    column = SORT_COLUMNS[shape.query.sort]
    conditions = filter_conditions(shape.query, shape.today, plain)
    for forms in shape.forms:
        conditions.append(or_(*(p.search_text.like(bindparam(next(names))) for _ in range(forms))))
    if shape.name_start:
        conditions += [
            p.name_sort >= bindparam(next(names), type_=p.name_sort.type),
            p.name_sort < bindparam(next(names), type_=p.name_sort.type),
            func.substr(p.name_sort, 1, shape.name_start) == bindparam(next(names)),
        ]
    for _ in range(shape.word_starts):
        conditions.append(func.strpos(p.name_sort, bindparam(next(names))) > 0)
    for national, length in shape.numbers:
        nik = func.substr(p.nik, 1, length) == bindparam(next(names))
        if national:  # 08… is stored +628…: two characters longer
            number = func.substr(p.phone, 1, length + 2) == bindparam(next(names))
        else:
            number = and_(
                func.substr(p.phone, 1, length + 1) == bindparam(next(names)),
                not_(_begins(p.phone, "+62")),
            )
        conditions.append(or_(nik, number))
    if shape.after:
        keys = tuple_(column, p.id)
        bound = tuple_(
            bindparam(next(names), type_=column.type), bindparam(next(names), type_=p.id.type)
        )
        conditions.append(keys < bound if shape.query.descending else keys > bound)
    shown = [each.label(each.key) for each in _ROW_COLUMNS[1:]]
    hits = (
        select(column.label("value"), p.id.label("id"), *shown)
        .where(*conditions)
        .limit(shape.sort_max + 1)
        .cte("hits")
        .prefix_with("MATERIALIZED")
    )
    found = select(func.count()).select_from(hits).scalar_subquery()
    ordering: list[Any] = [hits.c.value, hits.c.id]
    if shape.query.descending:
        ordering = [hits.c.value.desc(), hits.c.id.desc()]
    return select(*hits.c, found.label("found")).order_by(*ordering).limit(shape.limit)


# --- rows ----------------------------------------------------------------------------------


# Search words the planner estimated to match few rows, newest last (see _Search.rare).
# Each with the database and the threshold it was judged against.
_RARE: deque[tuple[tuple[str, int], tuple[tuple[str, ...], ...]]] = deque(maxlen=64)


def _narrows(words: tuple[tuple[str, ...], ...], known: tuple[tuple[str, ...], ...]) -> bool:
    """Whether every row matching `words` also matches `known`: each known word (any of its
    forms) is inside one of the new words (in every form it may take)."""
    return all(
        any(all(any(old in new for old in forms) for new in new_forms) for new_forms in words)
        for forms in known
    )


def mask_nik(nik: str) -> str:
    """3203014506880001 -> 3203••••••••••01: the province and regency stay, the birth date
    and serial do not."""
    if len(nik) <= 6:
        return MASK * len(nik)
    return nik[:4] + MASK * (len(nik) - 6) + nik[-2:]


def mask_phone(shown: str) -> str:
    """0812-3456-7890 -> 0812-••••-••90: the operator prefix and the last two digits stay."""
    digits = sum(c.isdigit() for c in shown)
    seen, masked = 0, []
    for char in shown:
        if char.isdigit():
            seen += 1
            if 4 < seen <= digits - 2:
                char = MASK
        masked.append(char)
    return "".join(masked)


@lru_cache(maxsize=20_000)
def _display_phone(e164: str) -> str:
    """phone.display_phone parses with libphonenumber (~20 µs, 1.7 ms a page of new
    people); the next keystroke or a scroll back shows mostly the same people again."""
    return phone.display_phone(e164)


_ROW_COLUMNS = (
    Participant.id,
    Participant.full_name,
    Participant.nik,
    Participant.phone,
    Participant.sex,
    Participant.birth_date,
    Participant.village_name,
    Participant.district_name,
    Participant.regency_name,
    Participant.has_disability,
    Participant.status,
)


def _rows(
    session: Session,
    ids: Sequence[int],
    today: date,
    identity: bool,
    fetched: dict[int, Any] | None = None,
) -> list[RegistryRow]:
    """The rows with these ids, in the order given; `fetched` holds some already, as
    (id, *_ROW_COLUMNS[1:]) tuples."""
    found = dict(fetched or {})
    missing = [i for i in ids if i not in found]
    if missing:
        query = select(*_ROW_COLUMNS).where(Participant.id.in_(missing))
        found.update((row[0], tuple(row)) for row in session.connection().execute(query))
    return [_row(found[i], today, identity) for i in ids if i in found]


# Enum(value) goes through EnumMeta.__call__ (~0.6 µs); a page of 100 rows makes 200 of them.
_SEXES = {member.value: member for member in Sex}
_STATUSES = {member.value: member for member in ParticipantStatus}


def _row(values: Sequence[Any], today: date, identity: bool) -> RegistryRow:
    id_, name, nik, e164, sex, born, village, district, regency, disabled, status = values
    shown = _display_phone(e164)
    return RegistryRow(
        id=id_,
        full_name=name,
        nik=nik if identity else mask_nik(nik),
        phone=shown if identity else mask_phone(shown),
        sex=_SEXES[sex],
        birth_date=born,
        age=age_on(born, today),
        village_name=village,
        district_name=district,
        regency_name=regency,
        has_disability=bool(disabled),
        status=_STATUSES[status],
    )


# --- the service -----------------------------------------------------------------------------


def _today(db: Database) -> date:
    return db.clock().astimezone().date()  # the desk's calendar day


def page(
    db: Database, actor: Actor, query: RegistryQuery, after: Cursor | None = None, limit: int = PAGE
) -> Page:
    """The first `limit` participants matching `query` after `after` (None: from the top)."""
    page_, _plan = _page(db, actor, query, after, limit)
    return page_


def _page(
    db: Database, actor: Actor, query: RegistryQuery, after: Cursor | None, limit: int
) -> tuple[Page, str]:
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        identity = actor.may(Permission.VIEW_IDENTITY_NUMBERS)
        sensitive = work.may(Permission.VIEW_SENSITIVE_DATA)
        check_sensitive_filters(query, sensitive)
        today = _today(db)
        search = _Search(
            work.session, query, search_terms(query.text, numbers=identity), today, db.is_sqlite
        )
        if search.terms.nothing:
            return Page([], None), "nothing"
        find = search.sqlite_keys if db.is_sqlite else search.postgres_keys
        keys = find(after, limit + 1)
        more = len(keys) > limit
        keys = keys[:limit]
        ids = [id_ for _value, id_ in keys]
        rows = shown_rows(_rows(work.session, ids, today, identity, search.fetched), sensitive)
    cursor = Cursor(*keys[-1]) if more and keys else None
    return Page(rows, cursor), search.plan


def count(db: Database, actor: Actor, query: RegistryQuery, cap: int = 10_000) -> tuple[int, bool]:
    """How many participants match, counting no further than `cap`; True when there are more."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        identity = actor.may(Permission.VIEW_IDENTITY_NUMBERS)
        check_sensitive_filters(query, work.may(Permission.VIEW_SENSITIVE_DATA))
        terms = search_terms(query.text, numbers=identity)
        if terms.nothing:
            return 0, False
        search = _Search(work.session, query, terms, _today(db), db.is_sqlite)
        counted = search.bounded(search.count_statement(), cap + 1)
    return min(counted, cap), counted > cap


def rows_by_id(db: Database, actor: Actor, ids: Sequence[int]) -> list[RegistryRow]:
    """These participants' rows in the order given (to refresh rows after an edit); merged
    and anonymised records and unknown ids are left out."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        identity = actor.may(Permission.VIEW_IDENTITY_NUMBERS)
        sensitive = work.may(Permission.VIEW_SENSITIVE_DATA)
        rows = shown_rows(_rows(work.session, ids, _today(db), identity), sensitive)
    return [row for row in rows if row.status not in _NEVER_LISTED]
