"""The registry page over a real SQLite database of a few hundred made-up people, driven as a
clerk, an instructor and an admin would: typing, filters, sorting, scrolling, new and blank
forms. Every query runs on the worker; the tests wait for it, never for a fixed time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain import regions
from desktop.domain.choices import AgeBand, Sex
from desktop.domain.participant import age_on, fold
from desktop.gui import participants_model
from desktop.gui.app_context import AppContext
from desktop.gui.main_window import MainWindow
from desktop.gui.participant_form import ParticipantForm
from desktop.gui.participants_model import PAGE_SIZE, Column
from desktop.gui.participants_page import DEBOUNCE_MS, ParticipantsPage
from desktop.services import accounts, registry
from desktop.services.demo_people import Recorder, add_demo_people
from desktop.services.registry import RegistryQuery, RegistryRow
from desktop.store.database import Database
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

PEOPLE = 320  # more than three pages


@cache
def villages() -> list[regions.Village]:
    """Villages of the demo centre's district, its neighbours, the rest of Cianjur, Bandung and
    two districts far away: every area the generator draws from has some (all 83,762 villages
    take a second to load for every test)."""
    chosen: list[regions.Village] = []
    districts = ("32.03.03", "32.03.02", "32.03.04", "32.03.06", "32.03.15", "32.03.27",
                 "32.03.01", "32.73.01", "51.71.01", "73.71.01")  # fmt: skip
    for district in districts:
        found = [regions.village(region.code) for region in regions.children(district)]
        chosen += [village for village in found if village is not None]
    return chosen


def add_people(db: Database, count: int = PEOPLE) -> None:
    add_demo_people(db, count, recorder=Recorder(None, "petugas"), villages=villages())


@pytest.fixture
def people(gui_db: Database) -> Database:
    add_people(gui_db)
    return gui_db


def settle(qtbot: QtBot, page: ParticipantsPage) -> None:
    """Wait out the typing pause and every query it started."""
    qtbot.waitUntil(
        lambda: (
            not page._debounce.isActive() and page.context.runner.idle and not page.model.loading
        ),
        timeout=DEBOUNCE_MS * 40,
    )


def open_page(qtbot: QtBot, context: AppContext) -> ParticipantsPage:
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.resize(1170, 700)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    return page


def rows(page: ParticipantsPage) -> list[RegistryRow]:
    found = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return [row for row in found if row is not None]


def cells(page: ParticipantsPage, column: Column) -> list[str]:
    model = page.model
    return [model.index(i, column).data() for i in range(model.rowCount())]


def count_of(context: AppContext, query: RegistryQuery) -> int:
    return registry.count(context.db, context.actor, query)[0]


def choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def pages_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The limit of every page the model asks the registry for."""
    asked: list[int] = []
    real = registry.page

    def spy(*args: Any, **kwargs: Any) -> registry.Page:
        asked.append(args[4] if len(args) > 4 else kwargs.get("limit", registry.PAGE))
        return real(*args, **kwargs)

    monkeypatch.setattr(participants_model.registry, "page", spy)
    yield asked


# -- the list -------------------------------------------------------------------------------


def test_opens_with_the_first_page_sorted_by_name_and_the_count(
    qtbot: QtBot, people: Database, clerk_context: AppContext, pages_asked: list[int]
) -> None:
    page = open_page(qtbot, clerk_context)
    assert page.model.rowCount() == PAGE_SIZE
    assert pages_asked == [PAGE_SIZE]  # one page, never everything
    names = [fold(row.full_name) for row in rows(page)]
    assert names == sorted(names)
    assert page.ui.countLabel.text() == f"{PEOPLE} participants"
    assert page.ui.newButton.isVisible()
    table = page.ui.participantsTable
    assert not table.isColumnHidden(Column.NIK) and not table.isColumnHidden(Column.PHONE)
    assert all(len(nik) == 16 and nik.isdigit() for nik in cells(page, Column.NIK) if nik)


def test_nothing_is_read_on_the_gui_thread_while_the_page_opens(
    qtbot: QtBot, people: Database, clerk_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    threads: list[str] = []
    real = registry.page

    def spy(*args: Any, **kwargs: Any) -> registry.Page:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(participants_model.registry, "page", spy)
    page = ParticipantsPage(clerk_context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and page.model.loading  # asked for, not waited for
    settle(qtbot, page)
    assert page.model.rowCount() == PAGE_SIZE
    assert threads and all(name.startswith("pelita-db") for name in threads)


def test_a_refused_query_is_shown_and_the_list_stays_usable(
    qtbot: QtBot, people: Database, clerk_context: AppContext, admin_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    accounts.set_active(admin_context.db, admin_context.actor, clerk_context.actor.user_id, False)
    qtbot.keyClicks(page.ui.searchEdit, "siti")
    settle(qtbot, page)
    assert page.ui.statusLabel.isVisible()
    assert page.ui.statusLabel.property("role") == "error"
    assert not page.model.canFetchMore()  # not asked again at every scroll


def test_scrolling_to_the_end_fetches_the_next_page(
    qtbot: QtBot, people: Database, clerk_context: AppContext, pages_asked: list[int]
) -> None:
    page = open_page(qtbot, clerk_context)
    table = page.ui.participantsTable
    for expected in (2 * PAGE_SIZE, 3 * PAGE_SIZE, PEOPLE):
        table.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: page.model.rowCount() == n)  # type: ignore[misc]
        settle(qtbot, page)
    table.scrollToBottom()
    settle(qtbot, page)
    assert page.model.rowCount() == PEOPLE
    assert not page.model.canFetchMore()
    assert set(pages_asked) == {PAGE_SIZE}
    assert len({row.id for row in rows(page)}) == PEOPLE  # keyset pages: no row twice


def test_typing_narrows_the_list_after_a_pause(
    qtbot: QtBot, people: Database, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    first = rows(page)[0].full_name.split()[0]
    qtbot.keyClicks(page.ui.searchEdit, first)
    assert page._debounce.isActive()  # no query for each letter
    settle(qtbot, page)
    found = rows(page)
    expected = count_of(clerk_context, RegistryQuery(text=first))
    assert 0 < len(found) == min(expected, PAGE_SIZE) < PEOPLE
    assert all(fold(first) in fold(row.full_name + " " + row.village_name) for row in found)
    assert page.ui.countLabel.text().startswith(str(expected))

    # Esc empties the box and shows everyone again at once.
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Escape)
    assert page.ui.searchEdit.text() == ""
    settle(qtbot, page)
    assert page.ui.countLabel.text() == f"{PEOPLE} participants"


def test_searching_by_nik_and_a_late_answer_is_dropped(
    qtbot: QtBot, people: Database, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    target = rows(page)[5]
    # Two queries in a row: only the second one's rows may end up in the list.
    page.ui.searchEdit.setText("zzzz")
    page.apply_filters()
    page.ui.searchEdit.setText(target.nik)
    page.apply_filters()
    settle(qtbot, page)
    assert [row.id for row in rows(page)] == [target.id]
    assert page.ui.countLabel.text() == "1 participant"


def test_filters_narrow_and_clear_filters_shows_everyone(
    qtbot: QtBot, people: Database, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    ui = page.ui
    choose(ui.sexCombo, Sex.FEMALE.value)
    settle(qtbot, page)
    women = count_of(clerk_context, RegistryQuery(sex=Sex.FEMALE))
    assert 0 < women < PEOPLE
    assert {row.sex for row in rows(page)} == {Sex.FEMALE}
    assert ui.countLabel.text() == f"{women} participants"

    choose(ui.ageCombo, AgeBand.FROM_25.value)
    settle(qtbot, page)
    assert rows(page)
    assert all(25 <= age_on(row.birth_date, date.today()) <= 34 for row in rows(page))

    choose(ui.disabilityCombo, "no")
    settle(qtbot, page)
    assert rows(page) and not any(row.has_disability for row in rows(page))

    # Region: the province list, then its regencies, arrive from the worker.
    qtbot.waitUntil(lambda: ui.provinceCombo.count() > 30)
    choose(ui.provinceCombo, "32")
    qtbot.waitUntil(lambda: ui.regencyCombo.isEnabled() and ui.regencyCombo.count() > 20)
    choose(ui.regencyCombo, "32.73")  # Kota Bandung
    settle(qtbot, page)
    bandung = RegistryQuery(
        sex=Sex.FEMALE,
        age_band=AgeBand.FROM_25,
        has_disability=False,
        province_code="32",
        regency_code="32.73",
    )
    assert len(rows(page)) == count_of(clerk_context, bandung)
    assert {row.regency_name for row in rows(page)} <= {"Kota Bandung"}

    qtbot.mouseClick(ui.clearButton, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.model.query == RegistryQuery()
    assert ui.countLabel.text() == f"{PEOPLE} participants"
    assert not ui.regencyCombo.isEnabled()


def test_clicking_a_header_sorts_in_the_database(
    qtbot: QtBot, people: Database, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    header = page.ui.participantsTable.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        settle(qtbot, page)

    click(Column.AGE)  # youngest first: the latest birth date
    births = [row.birth_date for row in rows(page)]
    assert births == sorted(births, reverse=True)
    assert page.model.query.sort is registry.SortKey.BIRTH_DATE
    click(Column.AGE)  # and again: oldest first
    births = [row.birth_date for row in rows(page)]
    assert births == sorted(births)
    oldest = everyone_sorted(clerk_context, lambda r: (r.birth_date, r.id))[0]
    assert rows(page)[0].id == oldest.id

    click(Column.VILLAGE)
    by_village = RegistryQuery(sort=registry.SortKey.VILLAGE)
    expected = registry.page(clerk_context.db, clerk_context.actor, by_village, None, PAGE_SIZE)
    assert [row.id for row in rows(page)] == [row.id for row in expected.rows]
    villages_shown = [row.village_name for row in rows(page)]
    assert villages_shown == sorted(villages_shown)

    click(Column.SEX)  # no index for it: nothing happens, the arrow stays on Village
    assert page.model.query.sort is registry.SortKey.VILLAGE
    assert header.sortIndicatorSection() == Column.VILLAGE
    assert "sorted by name" in page.ui.statusLabel.text()


def everyone_sorted(context: AppContext, key: Any) -> list[RegistryRow]:
    found, cursor = [], None
    while True:
        result = registry.page(context.db, context.actor, RegistryQuery(), cursor, 500)
        found += result.rows
        cursor = result.next_cursor
        if cursor is None:
            return sorted(found, key=key)


def test_an_instructor_sees_names_without_numbers_and_cannot_register(
    qtbot: QtBot, people: Database, instructor_context: AppContext
) -> None:
    page = open_page(qtbot, instructor_context)
    table = page.ui.participantsTable
    assert page.model.rowCount() == PAGE_SIZE
    assert table.isColumnHidden(Column.NIK) and table.isColumnHidden(Column.PHONE)
    assert not table.isColumnHidden(Column.NAME)
    assert not page.ui.newButton.isVisible()
    assert all("•" in nik for nik in cells(page, Column.NIK) if nik)  # masked underneath too
    page.new_participant()  # Ctrl+N does nothing either
    assert not hasattr(page, "new_form")
    assert "NIK" not in page.ui.searchEdit.placeholderText()


def test_down_moves_into_the_list_and_enter_opens_the_profile(
    qtbot: QtBot, people: Database, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    page.activateWindow()
    page.ui.searchEdit.setFocus()
    qtbot.waitUntil(page.ui.searchEdit.hasFocus)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    table = page.ui.participantsTable
    qtbot.waitUntil(table.hasFocus)
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    second = rows(page)[1]
    qtbot.waitUntil(lambda: second.id in {p.participant_id for p in page.profiles.values()})
    profile = page.profiles[second.id]
    qtbot.waitUntil(lambda: profile.loaded is not None)
    assert profile.ui.nameLabel.text() == second.full_name
    profile.close()

    # A double click opens it too. QTest's double click arrives as a single press here (the
    # offscreen platform), so the second half is sent as the event the window system sends.
    viewport = table.viewport()
    centre = table.visualRect(page.model.index(2, Column.NAME)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    at = QPointF(centre)
    double = QMouseEvent(
        QEvent.Type.MouseButtonDblClick,
        at,
        viewport.mapToGlobal(at),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, double)
    qtbot.waitUntil(lambda: rows(page)[2].id in page.profiles)


def test_new_participant_opens_the_form_with_ctrl_n(
    qtbot: QtBot, people: Database, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    page.activateWindow()
    page.ui.searchEdit.setFocus()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: hasattr(page, "new_form") and page.new_form.isVisible())
    form: ParticipantForm = page.new_form
    assert form.record is None
    assert form.ui.preferences.combos[0].count() > 1  # the programmes came along
    form.discard()


def test_the_blank_form_is_saved_as_a_pdf(
    qtbot: QtBot,
    people: Database,
    clerk_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[str] = []

    def save_name(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
        offered.append(start)
        return str(tmp_path / "blanko"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    page = open_page(qtbot, clerk_context)
    qtbot.mouseClick(page.ui.blankFormButton, Qt.MouseButton.LeftButton)
    target = tmp_path / "blanko.pdf"  # the extension is added when left out
    qtbot.waitUntil(lambda: target.exists() and page.context.runner.idle, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert Path(offered[0]).name in ("formulir-pendaftaran-kosong.pdf", "blank-intake-form.pdf")
    assert str(target) in page.ui.statusLabel.text()


def test_the_count_says_more_than_when_capped(
    qtbot: QtBot, people: Database, clerk_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(participants_model, "COUNT_CAP", 100)
    page = open_page(qtbot, clerk_context)
    assert page.ui.countLabel.text() == "more than 100 participants"


def test_the_main_window_opens_on_participants_for_the_desk_and_the_dashboard_for_admins(
    qtbot: QtBot, people: Database, clerk_context: AppContext, admin_context: AppContext
) -> None:
    from desktop.gui.dashboard_page import DashboardPage

    for context in (clerk_context, admin_context):
        window = MainWindow(context)
        qtbot.addWidget(window)
        page = window.page(ParticipantsPage)
        assert page is not None
        if context is admin_context:
            # The admin's home page is the dashboard; the people are one row down.
            assert window.page_titles[:2] == ["Dashboard", "Participants"]
            assert isinstance(window.ui.pages.currentWidget(), DashboardPage)
            window.ui.navList.setCurrentRow(1)
        else:
            assert window.page_titles[0] == "Participants"
        assert window.ui.pages.currentWidget() is page
        assert not _unnamed(window) and not _labels_without_buddy(window)
        settle(qtbot, page)
        pid = rows(page)[0].id
        window.open_participant(pid)
        assert pid in page.profiles
        page.profiles[pid].close()


def test_programme_cohort_and_record_status_filters(
    qtbot: QtBot, people: Database, clerk_context: AppContext
) -> None:
    from desktop.store.models import Programme
    from desktop.store.training import Cohort, Enrolment

    day = date(2026, 11, 2)
    with people.sessions.begin() as session:
        programme = Programme(code="MJH", name="Menjahit", skill_area="garment", hours_jp=160)
        session.add(programme)
        session.flush()
        cohorts = [
            Cohort(
                programme_id=programme.id, code=f"MJH-2026-0{n}", year=2026, sequence=n,
                start_date=day, end_date=day, capacity=30, funding="apbn", status="open",
            )
            for n in (1, 2)
        ]  # fmt: skip
        session.add_all(cohorts)
        session.flush()
        members = {cohorts[0].id: [1, 2, 3, 4], cohorts[1].id: [5, 6]}
        for cohort_id, ids in members.items():
            session.add_all(
                Enrolment(
                    participant_id=i, cohort_id=cohort_id, programme_id=programme.id,
                    status="accepted",
                )
                for i in ids
            )  # fmt: skip
        programme_id, first_cohort = programme.id, cohorts[0].id
    page = open_page(qtbot, clerk_context)
    ui = page.ui
    assert not ui.cohortCombo.isEnabled()
    qtbot.waitUntil(lambda: ui.programmeCombo.count() > 1)
    choose(ui.programmeCombo, programme_id)
    qtbot.waitUntil(lambda: ui.cohortCombo.isEnabled() and ui.cohortCombo.count() == 3)
    settle(qtbot, page)
    assert sorted(row.id for row in rows(page)) == [1, 2, 3, 4, 5, 6]
    assert ui.cohortCombo.itemText(1) == "MJH-2026-01"

    choose(ui.cohortCombo, first_cohort)
    settle(qtbot, page)
    assert sorted(row.id for row in rows(page)) == [1, 2, 3, 4]

    choose(ui.recordStatusCombo, "inactive")
    settle(qtbot, page)
    assert rows(page) == []  # nobody in the cohort is inactive

    qtbot.mouseClick(ui.clearButton, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.model.query == RegistryQuery()
    assert not ui.cohortCombo.isEnabled()
    assert ui.countLabel.text() == f"{PEOPLE} participants"
