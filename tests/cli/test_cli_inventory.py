"""`pelita inventory …` on a copy of a demo centre, in-process through `desktop.cli.main`: what
is printed, what lands in the database, and a one-line message with exit code 2 for every
mistake (nothing written then)."""

from __future__ import annotations

import csv
import io
import logging
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop import cli, cli_participants
from desktop.domain.sponsor import SponsorKind
from desktop.paths import demo_database_path, sqlite_url
from desktop.services import sponsors
from desktop.services.accounts import authenticate
from desktop.store.database import Database, open_database
from desktop.store.inventory import Item, StockMovement
from desktop.store.training import Sponsor


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty demo centre (its logins, no people), built once: each test works on a copy."""
    home = tmp_path_factory.mktemp("built")
    handlers = list(logging.getLogger().handlers)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PELITA_HOME", str(home))
        assert cli.main(["demo", "--participants", "0"]) == 0
        path = demo_database_path()
    _drop_new_log_handlers(handlers)
    return path


def _drop_new_log_handlers(before: list[logging.Handler]) -> None:
    root = logging.getLogger()
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def demo(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Database]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    demo_database_path().parent.mkdir(parents=True)
    shutil.copy(built, demo_database_path())
    handlers = list(logging.getLogger().handlers)
    db = open_database(sqlite_url(demo_database_path()))
    capsys.readouterr()
    yield db
    db.close()
    _drop_new_log_handlers(handlers)


def pelita(
    capsys: pytest.CaptureFixture[str], *args: str, user: str = "admin"
) -> tuple[int, str, str]:
    code = cli.main(["--demo", "inventory", *args, "--user", user])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = pelita(capsys, *args)
    assert (code, err) == (0, ""), err
    return out


def refused(capsys: pytest.CaptureFixture[str], *args: str, user: str = "admin") -> str:
    """The one line of a refusal, without its "pelita: error: "."""
    code, out, err = pelita(capsys, *args, user=user)
    lines = err.strip().splitlines()
    assert code == cli.EXIT_ERROR and out == "", (code, out, err)
    assert len(lines) == 1 and lines[0].startswith("pelita: error: "), err
    return lines[0].removeprefix("pelita: error: ")


def movements(db: Database) -> list[tuple[str, int, date, str]]:
    with db.sessions() as session:
        return [
            (m.kind, m.quantity_milli, m.occurred_on, m.reason)
            for m in session.scalars(select(StockMovement).order_by(StockMovement.id))
        ]


def rows(out: str) -> list[list[str]]:
    """A printed table's lines split on runs of two or more spaces."""
    return [re.split(r"\s{2,}", line.strip()) for line in out.strip().splitlines()]


@pytest.fixture
def stocked(demo: Database, capsys: pytest.CaptureFixture[str]) -> Database:
    """Two places, a machine and fabric received."""
    ok(capsys, "add-location", "Gudang")
    ok(capsys, "add-location", "Ruang Jahit", "--branch", "Sleman")
    ok(capsys, "add-item", "Mesin jahit Butterfly", "--kind", "equipment", "--serial", "BT-1")
    ok(capsys, "add-item", "Kain katun", "--kind", "consumable", "--unit", "metre",
       "--reorder", "20")  # fmt: skip
    ok(capsys, "receive", "INV-00001", "Gudang", "1", "--purchase")
    ok(capsys, "receive", "kain  KATUN", "gudang", "15,5")
    return demo


# -- places and items --------------------------------------------------------------------------


def test_places_and_items_are_added_and_listed(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ok(capsys, "locations") == "No places yet (see: pelita inventory add-location).\n"
    assert ok(capsys, "add-location", "Gudang") == "Added the place Gudang.\n"
    out = ok(capsys, "add-location", "Ruang Jahit", "--branch", "Sleman")
    assert out == "Added the place Ruang Jahit (Sleman).\n"
    assert rows(ok(capsys, "locations")) == [
        ["Place", "Branch", "Open"],
        ["Gudang", "yes"],
        ["Ruang Jahit", "Sleman", "yes"],
    ]
    out = ok(capsys, "add-item", "Mesin jahit", "--kind", "equipment", "--value", "2500000",
             "--received", "01/11/2026", "--condition", "fair")  # fmt: skip
    assert out.startswith("Added Mesin jahit with the asset tag INV-00001. Nothing is in stock")
    assert ok(capsys, "add-item", "Benih cabai", "--kind", "consumable", "--unit", "kg")
    with demo.sessions() as session:
        machine = session.scalar(select(Item).where(Item.asset_tag == "INV-00001"))
        assert machine is not None
        assert (machine.value_rupiah, machine.received_on, machine.condition) == (
            2_500_000,
            date(2026, 11, 1),
            "fair",
        )
    assert rows(ok(capsys, "list")) == [
        ["Tag", "Name", "Kind", "Stock", "Where", "Notes"],
        ["Benih cabai", "consumable", "0 kg"],
        ["INV-00001", "Mesin jahit", "equipment", "0 piece", "fair"],
    ]


def test_an_item_given_by_a_sponsor(demo: Database, capsys: pytest.CaptureFixture[str]) -> None:
    admin = authenticate(demo, "admin", "admin-demo")
    sponsors.create_sponsor(demo, admin, "PT Sandang Nusantara", SponsorKind.COMPANY)
    ok(capsys, "add-item", "Laptop", "--kind", "equipment", "--sponsor", "pt sandang nusantara")
    with demo.sessions() as session:
        sponsor = session.scalar(select(Item.sponsor_id).where(Item.name == "Laptop"))
        assert sponsor == session.scalar(select(Sponsor.id))
    message = refused(capsys, "add-item", "Proyektor", "--kind", "equipment", "--sponsor", "Bank")
    assert message == "There is no sponsor called Bank."


# -- movements ---------------------------------------------------------------------------------


def test_receive_move_and_write_off_through_the_ledger(
    stocked: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ok(capsys, "move", "Kain katun", "Gudang", "Ruang Jahit (Sleman)", "2,5",
             "--reason", "Kelas JHT")  # fmt: skip
    assert out == "Moved 2.5 metre of Kain katun from Gudang to Ruang Jahit (Sleman).\n"
    out = ok(capsys, "write-off", "Kain katun", "Gudang", "1", "--reason", "Sobek", "--lost",
             "--date", "20/11/2026")  # fmt: skip
    assert out == "Wrote off 1 metre of Kain katun (lost): Sobek\n"
    assert movements(stocked)[1:] == [
        ("donated", 15_500, date.today(), ""),
        ("moved_out", -2500, date.today(), "Kelas JHT"),
        ("moved_in", 2500, date.today(), "Kelas JHT"),
        ("lost", -1000, date(2026, 11, 20), "Sobek"),
    ]
    assert rows(ok(capsys, "list", "--kind", "consumable")) == [
        ["Tag", "Name", "Kind", "Stock", "Where", "Notes"],
        ["Kain katun", "consumable", "14.5 metre", "2 places", "low (reorder at 20 metre)"],
    ]
    assert [row[0] for row in rows(ok(capsys, "list", "--location", "ruang jahit"))[1:]] == [
        "Kain katun"
    ]
    assert [row[0] for row in rows(ok(capsys, "list", "--low"))[1:]] == ["Kain katun"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("move", "Kain katun", "Gudang", "Ruang Jahit", "20"),
            "Only 15.5 metre of Kain katun is in stock at Gudang.",
        ),
        (
            ("write-off", "INV-00001", "Ruang Jahit", "1", "--reason", "Rusak"),
            "There is no Mesin jahit Butterfly left at Ruang Jahit (Sleman).",
        ),
        (
            ("receive", "INV-00001", "Gudang", "1"),
            "Mesin jahit Butterfly (INV-00001) is already in stock. A second machine is a new "
            "item with its own tag.",
        ),
        (
            ("receive", "Kain katun", "Gudang", "abc"),
            "“abc” is not a quantity; type a number like 2,5.",
        ),
        (("receive", "Kain katun", "Gudang", "-2"), "A quantity cannot be negative."),
        (("receive", "Kain katun", "Gudang", "0"), "The quantity must be more than zero."),
        (
            ("receive", "INV-00001", "Gudang", "0,5"),
            "Items counted by the piece take whole numbers only.",
        ),
        (
            ("move", "Kain katun", "Gudang", "Gudang", "1"),
            "Choose a different place to move it to.",
        ),
        (
            ("write-off", "Kain katun", "Gudang", "1", "--reason", " "),
            "Say what happened: the reason is kept in the ledger.",
        ),
        (
            ("receive", "Kain katun", "Gudang", "1", "--date", "31/02/2026"),
            "--date 31/02/2026 is not a date: write it as dd/mm/yyyy, e.g. 23/11/2026.",
        ),
        (
            ("receive", "Benang", "Gudang", "1"),
            "There is no item with the asset tag or name Benang (see: pelita inventory list).",
        ),
        (
            ("receive", "Kain katun", "Dapur", "1"),
            "There is no place called Dapur (see: pelita inventory locations).",
        ),
        (("add-location", "gudang"), "The place Gudang is already on record."),
        (
            ("add-item", "Kain Katun", "--kind", "consumable"),
            "Kain katun is already in the inventory; receive more of it instead.",
        ),
        (
            ("labels", "x.pdf", "Kain katun"),
            "Kain katun is a consumable: only equipment has an asset tag.",
        ),
        (("export", "list.pdf"), "Choose a file name ending in .xlsx or .csv."),
    ],
    ids=lambda value: value[0] if isinstance(value, tuple) else None,
)
def test_mistakes_get_one_line_and_change_nothing(
    stocked: Database, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    before = movements(stocked)
    assert refused(capsys, *args) == message
    assert movements(stocked) == before


def test_a_name_two_items_share_or_a_place_at_two_branches_is_asked_for_precisely(
    stocked: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    ok(capsys, "add-item", "Mesin jahit Butterfly", "--kind", "equipment")
    message = refused(capsys, "receive", "mesin jahit butterfly", "Gudang", "1")
    assert message == (
        "Several items are called mesin jahit butterfly (INV-00001, INV-00002); name one by "
        "its asset tag."
    )
    ok(capsys, "receive", "inv-00002", "Gudang", "1")
    ok(capsys, "add-location", "Lemari", "--branch", "Sleman")
    ok(capsys, "add-location", "Lemari", "--branch", "Cibeber")
    message = refused(capsys, "move", "INV-00002", "Gudang", "lemari", "1")
    assert message == "There is a lemari at several branches; name it as Lemari (Cibeber)."
    ok(capsys, "move", "INV-00002", "Gudang", "Lemari (Sleman)", "1")
    # A place of the centre itself is named by its name alone, beside one at a branch.
    ok(capsys, "add-location", "Ruang Jahit")
    ok(capsys, "move", "INV-00002", "Lemari (Sleman)", "Ruang Jahit", "1")


def test_only_admins_use_the_inventory(
    stocked: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    message = refused(capsys, "list", user="petugas")
    assert message == "You are not allowed to do this. Ask an administrator."
    refused(capsys, "receive", "Kain katun", "Gudang", "1", user="petugas")


# -- files -------------------------------------------------------------------------------------


def test_labels_for_all_the_equipment_or_the_items_named(
    stocked: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ok(capsys, "add-item", "Laptop Lenovo", "--kind", "equipment", "--serial", "PF-3K2L")
    every = tmp_path / "semua.pdf"
    assert ok(capsys, "labels", str(every)) == f"Written: {every} (labels: 2)\n"
    text = " ".join(PdfReader(every).pages[0].extract_text().split())
    assert "INV-00001" in text and "INV-00002" in text and "S/N PF-3K2L" in text
    one = tmp_path / "satu.pdf"
    assert ok(capsys, "labels", str(one), "inv-00002", "--skip", "3", "--language", "en")
    text = " ".join(PdfReader(one).pages[0].extract_text().split())
    assert "INV-00002" in text and "INV-00001" not in text


def test_the_list_exported_to_xlsx_and_csv(
    stocked: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    book = tmp_path / "inventaris.xlsx"
    assert ok(capsys, "export", str(book), "--language", "en") == f"Exported 2 items to {book}\n"
    sheet = load_workbook(book).active
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Kain katun",
        "Mesin jahit Butterfly",
    ]
    low = tmp_path / "low.csv"
    assert ok(capsys, "export", str(low), "--low") == f"Exported 1 item to {low}\n"
    lines = list(csv.reader(io.StringIO(low.read_text("utf-8-sig")), delimiter=";"))
    assert [line[1] for line in lines[1:]] == ["Kain katun"] and lines[1][5] == "15,5"
    with stocked.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == 2
