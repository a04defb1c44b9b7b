"""The dashboard, the admin's home page: how the centre is doing in a period, filtered by
programme, branch and sponsor (desktop.services.dashboard holds what each figure means).

A row of number cards (registrations, active cohorts and their fill, completion, certificates,
outcomes six months on, and the three that lead somewhere: low stock, overdue loans, people
at risk, which ask for another page through `open_page`), then the charts, each of which can be
saved as a PNG. Counting runs on the worker: "Counting…" shows meanwhile, and a result that
arrives after the filters changed again is dropped, since a newer one is on its way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.domain.choices import Sex
from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_rupiah
from desktop.gui.app_context import AppContext
from desktop.gui.dashboard_cards import Card, LinkCard
from desktop.gui.dashboard_charts import ChartPanel
from desktop.gui.dashboard_filters import FilterBar
from desktop.gui.forms.ui_dashboard_page import Ui_DashboardPage
from desktop.gui.message_line import show_message
from desktop.gui.signals import emit
from desktop.services.attendance_common import local_day
from desktop.services.dashboard import (
    Dashboard,
    DashboardChoices,
    DashboardFilters,
    dashboard,
    dashboard_choices,
)

CARDS_PER_ROW = 4
CHARTS_PER_ROW = 2


class DashboardPage(QWidget):
    # "inventory", "loans" or "attendance": the page a card leads to (the main window opens it).
    open_page = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.today = local_day(context.db.clock())
        self.filter_bar = FilterBar(self.ui, self.today, self)
        self.shown: Dashboard | None = None  # the figures on screen (tests read them)
        self._asked = 0  # the number of the latest count asked for; older answers are dropped
        self._make_cards()
        self._make_charts()
        self.filter_bar.changed.connect(self.refresh)
        self._say("", "hint")
        self.load_choices()
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("DashboardPage", "Dashboard")

    # -- the parts

    def _make_cards(self) -> None:
        self.cards = {
            "registrations": Card(self.tr("Registrations")),
            "cohorts": Card(self.tr("Active cohorts")),
            "completion": Card(self.tr("Completion rate")),
            "certificates": Card(self.tr("Certificates issued")),
            "outcomes": Card(self.tr("Working or in business after 6 months")),
        }
        self.links = {
            "inventory": LinkCard(self.tr("Low stock"), self.tr("Open the inventory")),
            "loans": LinkCard(self.tr("Overdue loans"), self.tr("Open the loans")),
            "attendance": LinkCard(self.tr("Participants at risk"), self.tr("Open attendance")),
        }
        for page, card in self.links.items():
            card.clicked.connect(lambda _checked=False, page=page: emit(self.open_page, page))
        for index, widget in enumerate([*self.cards.values(), *self.links.values()]):
            self.ui.cardsLayout.addWidget(widget, index // CARDS_PER_ROW, index % CARDS_PER_ROW)

    def _make_charts(self) -> None:
        names = {
            "registrations": (self.tr("Registrations per month"), "registrations"),
            "attendance": (self.tr("Attendance per month"), "attendance"),
            "sex": (self.tr("Participants by sex"), "participants-by-sex"),
            "age": (self.tr("Participants by age"), "participants-by-age"),
            "support": (
                self.tr("Disability and social assistance"),
                "disability-and-assistance",
            ),
            "outcomes": (self.tr("Outcomes 6 months after training"), "outcomes"),
            "regions": (self.tr("Participants by regency or city"), "participants-by-region"),
        }
        self.charts = {key: ChartPanel(title, file) for key, (title, file) in names.items()}
        for index, panel in enumerate(self.charts.values()):
            row, column = divmod(index, CHARTS_PER_ROW)
            last = index == len(self.charts) - 1
            # The regencies' names are long: the last chart has the whole width.
            self.ui.chartsLayout.addWidget(panel, row, column, 1, CHARTS_PER_ROW if last else 1)
        for column in range(CHARTS_PER_ROW):
            self.ui.chartsLayout.setColumnStretch(column, 1)

    # -- counting

    def load_choices(self) -> None:
        ctx = self.context

        def done(choices: DashboardChoices) -> None:
            if isValid(self):
                self.filter_bar.set_choices(choices)

        ctx.runner.submit(lambda: dashboard_choices(ctx.db, ctx.actor), done, self._failed_at(0))

    def refresh(self) -> None:
        """Count again for the filters as they are now."""
        ctx = self.context
        filters: DashboardFilters = self.filter_bar.filters()
        today = self.today
        self._asked += 1
        asked = self._asked
        self._say(self.tr("Counting…"), "hint")

        def done(found: Dashboard) -> None:
            if isValid(self) and asked == self._asked:  # else a newer count is coming
                self._show(found)

        ctx.runner.submit(
            lambda: dashboard(ctx.db, ctx.actor, filters, today), done, self._failed_at(asked)
        )

    def _failed_at(self, asked: int) -> Callable[[BaseException], None]:
        """What to do when a count (number `asked`; 0: the filter lists) is refused."""

        def failed(error: BaseException) -> None:
            if not isValid(self) or (asked and asked != self._asked):
                return
            if not isinstance(error, PelitaError):
                from desktop.gui.crash import report_exception

                report_exception(type(error), error, error.__traceback__)
                return
            self._say("", "hint")
            self.filter_bar.errors.show(error)

        return failed

    def showEvent(self, event: QShowEvent) -> None:
        """Back on the page after work elsewhere: the figures may have changed."""
        super().showEvent(event)
        if self.shown is not None and not event.spontaneous():
            self.refresh()

    def _say(self, text: str, role: str) -> None:
        show_message(self.ui.statusLabel, text, role)

    # -- showing

    def _show(self, found: Dashboard) -> None:
        self.shown = found
        self._say("", "hint")
        self._show_cards(found)
        self._show_charts(found)

    def _show_cards(self, found: Dashboard) -> None:
        c = self.cards
        registered = (
            self.tr("applications to these cohorts")
            if found.registrations_are_enrolments
            else self.tr("people newly registered")
        )
        c["registrations"].show_figure(number(found.registrations_total), registered)
        fill = found.cohorts
        c["cohorts"].show_figure(
            number(fill.cohorts),
            self.tr("Fill rate %1 (%2 of %3 seats)")
            .replace("%1", percent(fill.rate))
            .replace("%2", number(fill.seats_taken))
            .replace("%3", number(fill.capacity)),
        )
        done = found.completion
        c["completion"].show_figure(
            percent(done.rate),
            self.tr("%1 of %2 who finished, in cohorts that ended")
            .replace("%1", number(done.completed))
            .replace("%2", number(done.finished)),
        )
        c["certificates"].show_figure(number(found.certificates), self.tr("in this period"))
        c["outcomes"].show_figure(*self._outcome_texts(found))
        stock = found.attention
        for key in ("inventory", "loans"):
            self.links[key].setVisible(stock is not None)
        if stock is not None:
            self.links["inventory"].show_figure(
                number(stock.low_items), self.tr("items at or under their reorder level")
            )
            self.links["loans"].show_figure(
                number(stock.overdue_loans), self.tr("not back by their due date")
            )
        self.links["attendance"].show_figure(
            number(found.at_risk), self.tr("in training now, who may not complete")
        )

    def _outcome_texts(self, found: Dashboard) -> tuple[str, str]:
        outcome = found.outcomes
        if not outcome.reached:
            return "—", self.tr("No one reached by phone yet")
        change = outcome.median_income_change
        income = (
            self.tr("Income change not known yet")
            if change is None
            else self.tr("Median income change %1 a month").replace("%1", rupiah_change(change))
        )
        reached = (
            self.tr("%1 of %2 reached")
            .replace("%1", number(outcome.working_or_business))
            .replace("%2", number(outcome.reached))
        )
        return percent(outcome.working_or_business / outcome.reached), f"{reached}. {income}"

    def _show_charts(self, found: Dashboard) -> None:
        charts = self.charts
        months = month_labels([m.month for m in found.registrations])
        charts["registrations"].show_bars(
            months, [(self.tr("Registrations"), [m.count for m in found.registrations])]
        )
        charts["attendance"].show_line(months, [m.percent for m in found.attendance])
        people = found.people

        def choice(label: str) -> str:
            return QCoreApplication.translate("choices", label)

        charts["sex"].show_bars(
            [choice(Sex.MALE.label), choice(Sex.FEMALE.label)],
            [(self.tr("Participants"), [people.male, people.female])],
        )
        charts["age"].show_bars(
            [choice(band.label) for band, _count in people.by_age],
            [(self.tr("Participants"), [count for _band, count in people.by_age])],
        )
        charts["support"].show_bars(
            [self.tr("Disability"), self.tr("Social assistance<br>or DTSEN")],
            [
                (self.tr("Yes"), [people.with_disability, people.receiving_assistance]),
                (self.tr("No"), [people.without_disability, people.not_receiving_assistance]),
            ],
        )
        regions = [(line.name, line.count) for line in people.regions]
        if people.other_regions:
            regions.append((self.tr("Other or not recorded"), people.other_regions))
        charts["regions"].show_bars(
            [name for name, _count in regions],
            [(self.tr("Participants"), [count for _name, count in regions])],
            horizontal=True,
        )
        outcome = found.outcomes
        charts["outcomes"].show_bars(
            [
                self.tr("Reached"),
                self.tr("Working"),
                self.tr("In business"),
                self.tr("Uses the skill"),
                self.tr("Needs help"),
            ],
            [
                (
                    self.tr("Participants"),
                    [
                        outcome.reached,
                        outcome.working,
                        outcome.in_business,
                        outcome.uses_skill,
                        outcome.needs_help,
                    ],
                )
            ],
        )


# -- numbers as people read them (the desk's language)


def number(value: int) -> str:
    return QLocale().toString(value)


def percent(fraction: float | None) -> str:
    if fraction is None:
        return "—"
    return (
        QLocale().toString(100 * fraction, "f", 1).removesuffix(QLocale().decimalPoint() + "0")
        + "%"
    )


def rupiah_change(rupiah: int) -> str:
    return ("+" if rupiah > 0 else "") + format_rupiah(rupiah)


def month_labels(months: Sequence[date]) -> list[str]:
    """Short month names, the year under the first month and under each January."""
    labels = []
    for index, month in enumerate(months):
        name = QLocale().toString(QDate(month.year, month.month, 1), "MMM")
        labels.append(f"{name}<br>{month.year}" if index == 0 or month.month == 1 else name)
    return labels
