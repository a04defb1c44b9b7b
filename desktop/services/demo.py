"""`pelita demo`: a believable demo centre to try Pelita and to benchmark it.

Later areas add their part here (participants, cohorts, attendance, inventory, certificates)
so that the demo always shows everything that works.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.demo import DEMO_LOGINS
from desktop.domain.errors import Conflict
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role
from desktop.services import centre
from desktop.services.accounts import new_user, public_view
from desktop.services.attendance_common import local_day
from desktop.services.context import Actor, acting
from desktop.services.demo_assessments import build_demo_assessments
from desktop.services.demo_certificates import demo_units, issue_demo_certificates
from desktop.services.demo_cohorts import add_demo_cohorts
from desktop.services.demo_follow_up import build_demo_follow_up
from desktop.services.demo_inventory import build_demo_inventory
from desktop.services.demo_people import Recorder, add_demo_people
from desktop.services.demo_sponsors import build_demo_sponsors
from desktop.services.demo_surveys import build_demo_surveys
from desktop.store.database import Database
from desktop.store.models import Programme

DEMO_CENTRE = CentreProfile(
    name="LKP Pelita Mandiri (Demo)",
    institution_type=InstitutionType.LKP,
    address="Jl. Merdeka No. 17, Desa Sukamaju, Kec. Cibeber, Kab. Cianjur, Jawa Barat 43262",
    head_name="Dra. Siti Rahmawati, M.Pd.",
    head_title="Kepala LKP",
    head_nip="197003152000032001",
    certificate_pattern="{seq:4}/{centre}/{programme}/{roman_month}/{year}",
    code="LKP-PM",
)

# The programmes of real community training: code, name, skill area, hours (JP), description.
DEMO_PROGRAMMES: tuple[tuple[str, str, str, int, str], ...] = (
    (
        "JHT",
        "Menjahit Pakaian Dasar",
        "Menjahit",
        120,
        "Mengukur badan, membuat pola, memotong dan menjahit blus, rok dan kemeja.",
    ),
    (
        "PTM",
        "Pertanian Modern: Hidroponik dan Irigasi Tetes",
        "Pertanian modern",
        80,
        "Hidroponik NFT dan DFT, irigasi tetes, pemupukan terukur dan pencatatan hasil panen.",
    ),
    (
        "SYO",
        "Budidaya Sayuran Organik",
        "Pertanian organik",
        64,
        "Kompos, pestisida nabati, rotasi tanaman dan sertifikasi organik PAMOR.",
    ),
    (
        "ANY",
        "Anyaman Bambu dan Pandan",
        "Anyaman dan kerajinan",
        60,
        "Mengolah bambu dan pandan, teknik anyaman dasar, produk rumah tangga dan suvenir.",
    ),
    (
        "KLN",
        "Kuliner Khas Daerah",
        "Kuliner",
        72,
        "Olahan pangan lokal, higiene dan sanitasi, pengemasan, dan izin PIRT.",
    ),
    (
        "TIK",
        "Teknologi Informasi Perkantoran",
        "Teknologi informasi",
        96,
        "Komputer dasar, pengolah kata, lembar kerja, surel, dan keamanan digital.",
    ),
    (
        "UMK",
        "Manajemen Keuangan UMKM",
        "Pembukuan usaha kecil",
        48,
        "Memisahkan uang usaha dan rumah tangga, buku kas, harga pokok, dan laporan sederhana.",
    ),
)


# People in a demo centre opened from the window: enough to try search, filters and paging.
DEMO_PEOPLE = 300


@dataclass(frozen=True)
class DemoSummary:
    logins: tuple[tuple[str, str, Role], ...]
    programmes: int
    cohorts: int = 0


def build_demo(db: Database, participants: int = 0, *, certificates: bool = False) -> DemoSummary:
    """Fill an empty database with the demo centre. Refuses a database already in use.
    `certificates`: issue the finished cohort's certificates too (the demo people open;
    tests that issue them themselves leave it off)."""
    if not centre.needs_setup(db):
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "messages", "This database already holds a centre; the demo needs an empty one."
            )
        )
    (admin_name, admin_password, _role), *others = DEMO_LOGINS
    admin = centre.setup_centre(
        db, DEMO_CENTRE, admin_name, "Administrator Demo", admin_password, demo=True
    )
    full_names = {Role.CLERK: "Dewi Lestari", Role.INSTRUCTOR: "Bambang Suryono"}
    clerk = Recorder(None, "")
    clerk_actor, instructor_id = admin, admin.user_id
    programmes: list[Programme] = []
    with acting(db, admin) as work:
        for username, password, role in others:
            user = new_user(work, username, full_names[role], role, password)
            work.audit("user.create", "user", user.id, after=public_view(user))
            if role is Role.CLERK:
                clerk = Recorder(user.id, user.username)
                clerk_actor = Actor(user.id, user.username, user.full_name, role)
            elif role is Role.INSTRUCTOR:
                instructor_id = user.id
        for code, name, area, hours, description in DEMO_PROGRAMMES:
            programmes.append(
                Programme(
                    code=code,
                    name=name,
                    skill_area=area,
                    hours_jp=hours,
                    description=description,
                    active=True,
                )
            )
        work.session.add_all(programmes)
        work.session.flush()
        work.session.add_all(demo_units({p.code: p.id for p in programmes}))
        programme_ids = [programme.id for programme in programmes]
        work.audit(
            "demo.create",
            "centre",
            "",
            after={"programmes": len(DEMO_PROGRAMMES), "participants": participants},
        )
    made = 0
    if participants > 0:  # in their own bulk transaction: a million take about a minute
        add_demo_people(db, participants, recorder=clerk, programme_ids=programme_ids)
        # Cohorts need people to enrol; a demo without people (the tests') stays without both.
        codes = {programme.code: programme.id for programme in programmes}
        made = add_demo_cohorts(db, admin, clerk_actor, codes, instructor_id)
        # Scores and competency units first: the completion rule and the back pages read them.
        build_demo_assessments(db, admin, local_day(db.clock()))
        issue_demo_certificates(db, admin, issue=certificates)
        # The textile sponsor exists by now: its machines and fabric are one contribution.
        build_demo_inventory(db, admin, local_day(db.clock()))
        build_demo_sponsors(db, admin, local_day(db.clock()))
        build_demo_surveys(db, admin, local_day(db.clock()))
        build_demo_follow_up(db, admin, local_day(db.clock()))
    return DemoSummary(logins=DEMO_LOGINS, programmes=len(DEMO_PROGRAMMES), cohorts=made)
