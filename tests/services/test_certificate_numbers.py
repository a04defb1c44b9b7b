"""Certificate numbers on SQLite and PostgreSQL: the centre's pattern, the yearly restart (and
none without {year}), no gaps across batches, revocations, re-issues, cancels and failures,
a batch whose numbers another desk took while it rendered, and desks issuing at the same
moment on their own connections."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop.domain.errors import Conflict
from desktop.services import centre, certificate_issue, certificate_register, certificate_verify
from desktop.services.accounts import authenticate
from desktop.services.certificate_record import record_batch
from desktop.services.certificate_render import Cancelled, render_batch
from desktop.services.context import Actor
from desktop.store.database import Database, open_database
from tests.services.test_certificate_issue import (
    NAMES,
    Class,
    Clock,
    certificates,
    clock,
    issue,
    klass,
    make_class,
    years,
)

__all__ = ["clock", "klass"]  # fixtures used here


def seqs(db: Database) -> list[int]:
    return sorted(seq for _year, seq, _number, _status in certificates(db))


def set_pattern(db: Database, admin: Actor, pattern: str) -> None:
    profile = centre.get_profile(db)
    assert profile is not None
    centre.update_profile(db, admin, replace(profile, certificate_pattern=pattern))


# -- the pattern and the year -------------------------------------------------------------------


def test_numbers_follow_the_centre_pattern(
    demo_db: Database, admin: Actor, clerk: Actor, clock: Clock, klass: Class
) -> None:
    first = issue(demo_db, admin, klass, [0, 2]).certificates
    assert [i.number for i in first] == ["0001/LKP-PM/JHT/XI/2026", "0002/LKP-PM/JHT/XI/2026"]
    farming = make_class(demo_db, clerk, clock, ["Hadi Saputra"], programme="PTM")
    march = issue(demo_db, admin, farming, [0], issue_date=date(2026, 3, 5)).certificates
    assert march[0].number == "0003/LKP-PM/PTM/III/2026"  # one sequence for every programme
    entry = certificate_register.entry(demo_db, admin, march[0].certificate_id)
    assert (entry.number, entry.issue_date) == (march[0].number, date(2026, 3, 5))


def test_the_sequence_restarts_each_year(demo_db: Database, admin: Actor, klass: Class) -> None:
    issue(demo_db, admin, klass, [0, 2])
    january = issue(demo_db, admin, klass, [3], issue_date=date(2027, 1, 4)).certificates
    assert january[0].number == "0001/LKP-PM/JHT/I/2027"
    late = issue(demo_db, admin, klass, [4], issue_date=date(2026, 12, 31)).certificates
    assert late[0].number == "0003/LKP-PM/JHT/XII/2026"  # back-dated: its own year goes on
    assert years(demo_db) == {2026: 3, 2027: 1}
    assert certificate_verify.verify(demo_db, admin, january[0].number).valid


def test_a_pattern_without_the_year_never_restarts(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    set_pattern(demo_db, admin, "{seq:3}/{centre}/{roman_month}")
    days = (date(2026, 12, 1), date(2027, 1, 4), date(2026, 11, 30), date(2028, 12, 1))
    numbers = [
        issue(demo_db, admin, klass, [index], issue_date=day).certificates[0].number
        for index, day in zip((0, 2, 3, 4), days, strict=True)
    ]
    assert numbers == ["001/LKP-PM/XII", "002/LKP-PM/I", "003/LKP-PM/XI", "004/LKP-PM/XII"]
    assert years(demo_db) == {0: 4}


def test_no_gaps_across_batches_revocations_and_reissues(
    demo_db: Database, admin: Actor, klass: Class, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = issue(demo_db, admin, klass, [0, 2, 3]).certificates
    certificate_register.revoke(demo_db, admin, batch[1].certificate_id, "Data palsu")
    again = certificate_issue.reissue(
        demo_db, admin, batch[2].certificate_id, "Nama salah", issue_date=date(2026, 11, 24)
    )
    with pytest.raises(Cancelled):
        issue(demo_db, admin, klass, [4], cancelled=lambda: True)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(certificate_issue, "render_batch", broken)
    with pytest.raises(RuntimeError):
        issue(demo_db, admin, klass, [4])
    monkeypatch.setattr(certificate_issue, "render_batch", render_batch)
    last = issue(demo_db, admin, klass, [4]).certificates
    assert again.certificates[0].number.startswith("0004/")
    assert last[0].number == "0005/LKP-PM/JHT/XI/2026"
    assert [(seq, status) for _y, seq, _n, status in certificates(demo_db)] == [
        (1, "issued"),
        (2, "revoked"),  # keeps its number
        (3, "superseded"),  # keeps its number
        (4, "issued"),
        (5, "issued"),
    ]
    assert years(demo_db) == {2026: 5}


# -- numbers taken while a batch rendered ---------------------------------------------------------


def _interrupting(
    db: Database, admin: Actor, klass: Class, others: Sequence[int], times: int
) -> tuple[Callable[..., Any], list[str]]:
    """A render_batch that, the first `times` times it renders for the batch under test, has
    another desk issue to the next of `others` before it returns."""
    taken: list[str] = []
    inside = threading.local()
    pending = list(others)

    def render(*args: Any, **kwargs: Any) -> Any:
        rendered = render_batch(*args, **kwargs)
        if getattr(inside, "active", False) or len(taken) >= times:
            return rendered
        inside.active = True
        try:
            index = pending.pop(0)
            taken.extend(i.number for i in issue(db, admin, klass, [index]).certificates)
        finally:
            inside.active = False
        return rendered

    return render, taken


def test_numbers_taken_while_rendering_are_not_used_twice(
    demo_db: Database, admin: Actor, klass: Class, monkeypatch: pytest.MonkeyPatch
) -> None:
    render, taken = _interrupting(demo_db, admin, klass, [4], times=1)
    monkeypatch.setattr(certificate_issue, "render_batch", render)
    result = issue(demo_db, admin, klass, [0, 2, 3]).certificates
    assert taken == ["0001/LKP-PM/JHT/XI/2026"]
    assert [i.number[:4] for i in result] == ["0002", "0003", "0004"]
    assert seqs(demo_db) == [1, 2, 3, 4]
    for issued in result:  # rendered again with the numbers they were recorded with
        pdf = certificate_register.pdf(demo_db, admin, issued.certificate_id)
        answer = certificate_verify.verify_pdf(demo_db, admin, pdf)
        assert answer.valid and answer.fields is not None
        assert answer.fields.number == issued.number


def test_a_desk_that_keeps_losing_gives_up_cleanly(
    demo_db: Database, admin: Actor, clerk: Actor, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    crowd = make_class(demo_db, clerk, clock, [*NAMES, "Fitri Handayani", "Gilang Ramadhan"])
    attempts = certificate_issue.ATTEMPTS
    render, taken = _interrupting(demo_db, admin, crowd, range(2, 2 + attempts), attempts)
    monkeypatch.setattr(certificate_issue, "render_batch", render)
    with pytest.raises(Conflict):
        issue(demo_db, admin, crowd, [0])
    assert len(taken) == attempts
    assert seqs(demo_db) == list(range(1, attempts + 1))  # only the other desk's
    assert certificate_issue.candidates(demo_db, admin, crowd.cohort)[0].certificate_id is None


# -- desks at the same moment ---------------------------------------------------------------------


def _desks(db: Database, count: int) -> list[tuple[Database, Actor]]:
    """Each desk its own connection pool (on SQLite its own engine on the file), its own login."""
    desks = []
    for _ in range(count):
        desk = open_database(db.url)
        desk.clock = db.clock
        desks.append((desk, authenticate(desk, "admin", "admin-demo")))
    return desks


def _race(
    db: Database,
    jobs: Sequence[tuple[Class, Sequence[int]]],
    meet: str,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[list[object], list[tuple[int, bool]]]:
    """Run each job at its own desk, in its own thread. The desks meet at a barrier just
    before calling issue, or inside it, each having rendered against the same last number
    (the worst moment). Returns each job's outcome and every recording attempt's
    (last number it rendered against, whether it was recorded), each desk's first first."""
    barrier = threading.Barrier(len(jobs), timeout=60)
    first = threading.local()
    tried = threading.local()

    def render_then_meet(*args: Any, **kwargs: Any) -> Any:
        rendered = render_batch(*args, **kwargs)
        if not getattr(first, "met", True):
            first.met = True
            barrier.wait()
        return rendered

    def counted_record(db: Database, actor: Actor, plan: Any, *args: Any) -> Any:
        recorded = record_batch(db, actor, plan, *args)
        tried.log.append((plan.last_seq, recorded is not None))
        return recorded

    monkeypatch.setattr(certificate_issue, "record_batch", counted_record)
    if meet == "after rendering":
        monkeypatch.setattr(certificate_issue, "render_batch", render_then_meet)
    outcomes: list[object] = [None] * len(jobs)
    logs: list[list[tuple[int, bool]]] = [[] for _ in jobs]
    desks = _desks(db, len(jobs))

    def run(number: int) -> None:
        desk, actor = desks[number]
        klass, indexes = jobs[number]
        first.met = False
        tried.log = logs[number]
        try:
            if meet == "at the call":
                barrier.wait()
            outcomes[number] = issue(desk, actor, klass, indexes).certificates
        except BaseException as error:  # reported below, not lost in the thread
            outcomes[number] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(jobs))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        for desk, _actor in desks:
            desk.close()
    attempts = [log[0] for log in logs if log] + [entry for log in logs for entry in log[1:]]
    return outcomes, attempts


@pytest.mark.parametrize("meet", ["at the call", "after rendering"])
def test_four_desks_issuing_at_once(
    demo_db: Database,
    clerk: Actor,
    clock: Clock,
    klass: Class,
    monkeypatch: pytest.MonkeyPatch,
    meet: str,
) -> None:
    """Four desks issue to different people of two cohorts at the same moment. PostgreSQL
    lets them all in at once (the year's row is locked only while recording); SQLite
    serialises the writers (BEGIN IMMEDIATE). Either way: numbers 1..8, each batch's in a
    row, and nobody gets an error."""
    farming = make_class(demo_db, clerk, clock, NAMES[:4], programme="PTM")
    jobs = [(klass, [0, 2]), (klass, [3, 4]), (farming, [0, 1]), (farming, [2, 3])]
    outcomes, attempts = _race(demo_db, jobs, meet, monkeypatch)
    batches = [o for o in outcomes if isinstance(o, tuple)]
    assert len(batches) == 4, outcomes  # nobody got an error
    numbers = [[int(issued.number[:4]) for issued in batch] for batch in batches]
    assert sorted(n for batch in numbers for n in batch) == list(range(1, 9))
    assert all(second == first + 1 for first, second in numbers)  # each batch's in a row
    assert seqs(demo_db) == list(range(1, 9)) and years(demo_db) == {2026: 8}
    assert sum(recorded for _seq, recorded in attempts) == 4
    if meet == "after rendering":  # a real race: all four rendered 0001 and 0002 first
        assert [seq for seq, _ in attempts[:4]] == [0, 0, 0, 0]
        assert [recorded for _, recorded in attempts[:4]].count(True) == 1


@pytest.mark.parametrize("meet", ["at the call", "after rendering"])
def test_two_desks_issuing_to_the_same_person(
    demo_db: Database, klass: Class, monkeypatch: pytest.MonkeyPatch, meet: str
) -> None:
    outcomes, _attempts = _race(demo_db, [(klass, [0]), (klass, [0])], meet, monkeypatch)
    issued = [o for o in outcomes if isinstance(o, tuple)]
    refused = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(issued) == 1 and len(refused) == 1, outcomes
    assert refused[0].params["number"] == "0001/LKP-PM/JHT/XI/2026"
    assert certificates(demo_db) == [(2026, 1, "0001/LKP-PM/JHT/XI/2026", "issued")]
