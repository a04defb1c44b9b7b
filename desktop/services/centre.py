"""The centre's profile and first-start setup."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import func, select

from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.errors import Conflict, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission, Role
from desktop.services.accounts import actor_for, new_user, public_view
from desktop.services.certificate_common import make_own_key
from desktop.services.context import Actor, acting, anonymous
from desktop.services.images import normalise_logo
from desktop.store.database import Database
from desktop.store.models import Centre, User


def needs_setup(db: Database) -> bool:
    """True on a new database: no centre profile or no account yet."""
    with db.sessions() as session:
        has_centre = session.scalar(select(func.count(Centre.id))) or 0
        has_users = session.scalar(select(func.count(User.id))) or 0
    return not (has_centre and has_users)


def get_profile(db: Database) -> CentreProfile | None:
    """Read without an actor: the login screen shows the centre's name and logo."""
    with db.sessions() as session:
        centre = session.scalar(select(Centre).order_by(Centre.id).limit(1))
        return _profile(centre) if centre else None


def is_demo(db: Database) -> bool:
    with db.sessions() as session:
        return bool(session.scalar(select(Centre.is_demo).order_by(Centre.id).limit(1)))


def _profile(centre: Centre) -> CentreProfile:
    return CentreProfile(
        name=centre.name,
        institution_type=InstitutionType(centre.institution_type),
        address=centre.address,
        head_name=centre.head_name,
        head_title=centre.head_title,
        head_nip=centre.head_nip,
        certificate_pattern=centre.certificate_pattern,
        code=centre.code,
        logo_png=centre.logo_png,
    )


def _audit_view(profile: CentreProfile) -> dict[str, object]:
    view = asdict(profile)
    view["institution_type"] = profile.institution_type.value
    view["logo_png"] = f"{len(profile.logo_png)} bytes" if profile.logo_png else None
    return view


def _checked(profile: CentreProfile, logo_file: bytes | None) -> CentreProfile:
    """Validate all fields (and the logo) together so a form can mark every fault at once."""
    errors: list[ValidationError] = []
    logo = profile.logo_png
    if logo_file is not None:
        try:
            logo = normalise_logo(logo_file)
        except ValidationError as error:
            errors.append(error)
    try:
        cleaned = CentreProfile(**{**asdict(profile), "logo_png": logo}).cleaned()
    except ValidationErrors as many:
        errors.extend(many.errors)
        cleaned = profile
    if errors:
        raise ValidationErrors(errors)
    return cleaned


def setup_centre(
    db: Database,
    profile: CentreProfile,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    *,
    logo_file: bytes | None = None,
    demo: bool = False,
) -> Actor:
    """First start: the centre's profile and its first administrator, in one transaction."""
    cleaned = _checked(profile, logo_file)
    with anonymous(db) as work:
        if work.session.scalar(select(func.count(User.id))):
            raise Conflict(
                QT_TRANSLATE_NOOP("messages", "This centre is already set up. Log in instead.")
            )
        admin = new_user(work, admin_username, admin_full_name, Role.ADMIN, admin_password)
        work.actor = actor_for(admin)
        work.audit("user.create", "user", admin.id, after=public_view(admin))
        centre = Centre(
            name=cleaned.name,
            institution_type=cleaned.institution_type.value,
            code=cleaned.code,
            address=cleaned.address,
            head_name=cleaned.head_name,
            head_title=cleaned.head_title,
            head_nip=cleaned.head_nip,
            certificate_pattern=cleaned.certificate_pattern,
            logo_png=cleaned.logo_png,
            is_demo=demo,
            created_at=work.now,
            updated_at=work.now,
        )
        work.session.add(centre)
        work.session.flush()
        work.audit("centre.create", "centre", centre.id, after=_audit_view(cleaned))
        # The key pair that signs its certificates (certificate verification works offline).
        make_own_key(work, audited=False)
        return work.actor


def update_profile(
    db: Database, actor: Actor, profile: CentreProfile, *, logo_file: bytes | None = None
) -> CentreProfile:
    cleaned = _checked(profile, logo_file)
    with acting(db, actor, Permission.MANAGE_CENTRE) as work:
        centre = work.session.scalar(select(Centre).order_by(Centre.id).limit(1))
        assert centre is not None, "update_profile on a database that was never set up"
        before = _profile(centre)
        for name in (
            "name",
            "code",
            "address",
            "head_name",
            "head_title",
            "head_nip",
            "certificate_pattern",
            "logo_png",
        ):
            setattr(centre, name, getattr(cleaned, name))
        centre.institution_type = cleaned.institution_type.value
        centre.updated_at = work.now
        work.audit(
            "centre.update",
            "centre",
            centre.id,
            before=_audit_view(before),
            after=_audit_view(cleaned),
        )
        return cleaned
