"""Providers (enti erogatori) who update their own listings in the Wagtail admin.

Everything a provider needs is created here, by service functions that the management
commands and the tests call directly (never from ``save()``):

- :func:`create_provider` makes the provider page, its group, its image and document
  collections and its first user, who receives an e-mail to choose a password;
- :func:`ensure_catalogue_workflow` makes sure every change under the catalogue goes to
  the editors for approval;
- :func:`is_provider_user` and :func:`provider_pages_for` are the one definition of
  "provider" that the admin hooks and the isolation guard rely on;
- :func:`stale_services` and :func:`send_stale_listing_reminders` drive the reminders
  about services nobody has verified for a year.

A provider group is a Django group whose name starts with ``"Ente: "``. Its members may add
and edit pages under their provider page, never publish: editors approve through the
"Approvazione catalogo" workflow.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import LEGAL_STATUS_CHOICES, CatalogueIndexPage, Pillar, ProviderPage, ServicePage

PROVIDER_GROUP_PREFIX = "Ente: "
EDITORS_GROUP = "Editors"
MODERATORS_GROUP = "Moderators"
EDITORIAL_GROUPS = (EDITORS_GROUP, MODERATORS_GROUP)
WORKFLOW_NAME = "Approvazione catalogo"
APPROVAL_TASK_NAME = "Approvazione della redazione"
STALE_AFTER_MONTHS = 12

# Page actions a provider group gets on its own page (and so on its subtree). Never
# "publish", "bulk_delete", "lock" or "unlock": editors publish through the workflow.
PROVIDER_PAGE_PERMISSIONS = ("add", "change")
# Collection permissions, per app, on the provider's own collections only.
PROVIDER_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}

# The pillar a provider belongs to when none is given, by legal status.
DEFAULT_PILLAR_BY_LEGAL_STATUS = {
    "public_body": "pubblico",
    "health_provider": "pubblico",
    "company": "aziendale",
    "social_cooperative": "territoriale",
    "third_sector": "territoriale",
}


@dataclass(frozen=True)
class ProviderSetup:
    """What :func:`create_provider` made."""

    page: ProviderPage
    group: Group
    user: AbstractBaseUser
    image_collection: Collection
    document_collection: Collection
    workflow: Workflow


# --- Who is a provider ------------------------------------------------------------------


def provider_group_name(name: str) -> str:
    return f"{PROVIDER_GROUP_PREFIX}{name}"


def is_editorial_user(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Superusers and members of the Editors or Moderators groups."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return bool(_group_names(user) & set(EDITORIAL_GROUPS))


def is_provider_user(user: AbstractBaseUser | AnonymousUser) -> bool:
    """True for a member of a provider group ("Ente: …") who is not editorial staff.

    Superusers, editors and moderators are never treated as providers, even if they also
    belong to a provider group: they see the whole admin.
    """
    if not user.is_authenticated or not user.is_active or user.is_superuser:
        return False
    names = _group_names(user)
    if names & set(EDITORIAL_GROUPS):
        return False
    return any(name.startswith(PROVIDER_GROUP_PREFIX) for name in names)


def provider_pages_for(user: AbstractBaseUser | AnonymousUser) -> list[Page]:
    """The pages the user's provider groups hold permissions on (normally one provider
    page). Cached on the user object for the length of the request."""
    if not is_provider_user(user):
        return []
    cached = getattr(user, "_catalogue_provider_pages", None)
    if cached is None:
        page_ids = GroupPagePermission.objects.filter(
            group__in=user.groups.filter(name__startswith=PROVIDER_GROUP_PREFIX)
        ).values_list("page_id", flat=True)
        cached = list(Page.objects.filter(pk__in=page_ids).order_by("path"))
        user._catalogue_provider_pages = cached
    return cached


def pages_within_provider_area(user, *, with_ancestors: bool = False):
    """Pages under the user's provider pages (inclusive); with ``with_ancestors`` also
    the pages above them, which a provider sees only as the path to its own page.

    Returns ``Page.objects.none()`` for a provider without pages, and ``None`` for a user
    who is not a provider (no restriction applies)."""
    if not is_provider_user(user):
        return None
    pages = Page.objects.none()
    for provider_page in provider_pages_for(user):
        pages |= Page.objects.descendant_of(provider_page, inclusive=True)
        if with_ancestors:
            pages |= Page.objects.ancestor_of(provider_page)
    return pages


def is_page_within_provider_area(user, page: Page, *, with_ancestors: bool = False) -> bool:
    for provider_page in provider_pages_for(user):
        if page.path.startswith(provider_page.path):
            return True
        if with_ancestors and provider_page.path.startswith(page.path):
            return True
    return False


def _group_names(user) -> set[str]:
    cached = getattr(user, "_catalogue_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._catalogue_group_names = cached
    return cached


# --- The moderation workflow -------------------------------------------------------------


@transaction.atomic
def ensure_catalogue_workflow() -> Workflow:
    """Create (once) the "Approvazione catalogo" workflow, with one group approval task
    for the Editors group, and assign it to every catalogue index page. Editors get
    *publish* on the catalogue: when they approve, Wagtail publishes with their rights.

    Safe to call again: what exists is reused, a deactivated workflow or task is turned
    back on, and a catalogue index that had another workflow gets this one."""
    editors, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    editors.permissions.add(_permission("wagtailadmin", "access_admin"))

    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])

    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME, active=True)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.add(editors)

    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        position = WorkflowTask.objects.filter(workflow=workflow).count()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=position)

    publish = _permission("wagtailcore", "publish_page")
    for index in CatalogueIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
        # Approving the last task publishes the page with the approver's own rights.
        GroupPagePermission.objects.get_or_create(group=editors, page=index, permission=publish)
    return workflow


# --- Creating a provider ----------------------------------------------------------------


def create_provider(
    name: str,
    email: str,
    *,
    parent: CatalogueIndexPage | None = None,
    legal_status: str = "third_sector",
    pillar_code: str | None = None,
) -> ProviderSetup:
    """Create a provider and its first user, in one transaction.

    - the provider page, live with only its name, legal status and pillar (editors
      complete it, or the provider does and editors approve), under ``parent`` or under
      the catalogue index of the default language;
    - the group ``"Ente: <name>"``, with access to the admin and *add* + *change* (never
      publish) on the provider page and everything below it;
    - an image collection and a document collection named after the provider, where the
      group may add, change and choose, and nothing elsewhere;
    - a user named after ``email``, with no usable password, in that group: once the
      transaction commits, an e-mail with a link to choose a password is sent.

    The catalogue workflow is created if missing (:func:`ensure_catalogue_workflow`).

    Raises ``ValidationError`` (Italian message) for an empty name, an invalid e-mail, an
    unknown legal status or pillar, a missing catalogue, or a provider, group or user that
    already exists. Nothing is created when it raises.
    """
    name = " ".join((name or "").split())
    email = (email or "").strip().lower()
    if not name:
        raise ValidationError(_("Indica il nome dell'ente."), code="required")
    slug = slugify(name)
    if not slug:
        raise ValidationError(
            _("Il nome «%(name)s» non contiene lettere o cifre utilizzabili nell'indirizzo."),
            code="invalid_name",
            params={"name": name},
        )
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(
            _("L'indirizzo e-mail «%(email)s» non è valido."),
            code="invalid_email",
            params={"email": email},
        ) from None
    if legal_status not in dict(LEGAL_STATUS_CHOICES):
        raise ValidationError(
            _("Natura giuridica sconosciuta: «%(value)s». Valori ammessi: %(choices)s."),
            code="invalid_legal_status",
            params={
                "value": legal_status,
                "choices": ", ".join(code for code, _label in LEGAL_STATUS_CHOICES),
            },
        )

    with transaction.atomic():
        parent = _catalogue_index(parent)
        pillar = _pillar(pillar_code or DEFAULT_PILLAR_BY_LEGAL_STATUS[legal_status])
        _refuse_duplicates(name, slug, email, parent)
        workflow = ensure_catalogue_workflow()

        page = ProviderPage(title=name, slug=slug, legal_status=legal_status, pillar=pillar)
        parent.add_child(instance=page)
        page.save_revision(log_action=True).publish()

        group = Group.objects.create(name=provider_group_name(name))
        group.permissions.add(_permission("wagtailadmin", "access_admin"))
        for action in PROVIDER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.create(group=group, page=page, permission_type=action)

        root_collection = Collection.get_first_root_node()
        image_collection = root_collection.add_child(name=f"{name} (immagini)")
        document_collection = root_collection.add_child(name=f"{name} (documenti)")
        for collection, app_label in (
            (image_collection, "wagtailimages"),
            (document_collection, "wagtaildocs"),
        ):
            for codename in PROVIDER_COLLECTION_PERMISSIONS[app_label]:
                GroupCollectionPermission.objects.create(
                    group=group, collection=collection, permission=_permission(app_label, codename)
                )

        user = _create_user(email)
        user.groups.add(group)

        transaction.on_commit(lambda: send_set_password_email(user, page))

    return ProviderSetup(
        page=page,
        group=group,
        user=user,
        image_collection=image_collection,
        document_collection=document_collection,
        workflow=workflow,
    )


def set_password_url(user) -> str:
    """Absolute link to the admin page where ``user`` chooses a password (valid for
    ``PASSWORD_RESET_TIMEOUT`` seconds, by default three days)."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return _absolute_admin_url(path)


def send_set_password_email(user, provider_page: ProviderPage) -> None:
    """Welcome e-mail for a provider's new user, with the link to choose a password."""
    context = {
        "user": user,
        "provider": provider_page,
        "set_password_url": set_password_url(user),
        "admin_url": _absolute_admin_url(reverse("wagtailadmin_home")),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "valid_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
    }
    _send("catalogue/admin/provider_welcome", context, [user.email])


def _catalogue_index(parent: Page | None) -> CatalogueIndexPage:
    if parent is not None:
        parent = parent.specific
        if not isinstance(parent, CatalogueIndexPage):
            raise ValidationError(
                _("Un ente va creato sotto il catalogo dei servizi, non sotto «%(title)s»."),
                code="invalid_parent",
                params={"title": parent.title},
            )
        return parent
    indexes = list(CatalogueIndexPage.objects.filter(locale=Locale.get_default())[:2])
    if not indexes:
        raise ValidationError(
            _("Manca il catalogo dei servizi: crealo prima di aggiungere gli enti."),
            code="no_catalogue",
        )
    if len(indexes) > 1:
        raise ValidationError(
            _("Ci sono più cataloghi dei servizi: indica sotto quale creare l'ente."),
            code="many_catalogues",
        )
    return indexes[0]


def _pillar(code: str) -> Pillar:
    pillar = Pillar.objects.filter(code=code, locale=Locale.get_default()).first()
    if pillar is None:
        raise ValidationError(
            _("Il pilastro «%(code)s» non esiste: carica prima le tassonomie del catalogo."),
            code="unknown_pillar",
            params={"code": code},
        )
    return pillar


def _refuse_duplicates(name: str, slug: str, email: str, parent: Page) -> None:
    siblings = parent.get_children()
    if siblings.filter(title__iexact=name).exists() or siblings.filter(slug=slug).exists():
        raise ValidationError(
            _("L'ente «%(name)s» esiste già nel catalogo."),
            code="duplicate_provider",
            params={"name": name},
        )
    if Group.objects.filter(name__iexact=provider_group_name(name)).exists():
        raise ValidationError(
            _("Il gruppo «%(group)s» esiste già."),
            code="duplicate_group",
            params={"group": provider_group_name(name)},
        )
    User = get_user_model()
    if User._default_manager.filter(email__iexact=email).exists() or (
        User._default_manager.filter(**{f"{User.USERNAME_FIELD}__iexact": email}).exists()
    ):
        raise ValidationError(
            _("Esiste già un utente con l'indirizzo «%(email)s»."),
            code="duplicate_user",
            params={"email": email},
        )


def _create_user(email: str):
    User = get_user_model()
    user = User(**{User.USERNAME_FIELD: email}, email=email, is_staff=False, is_active=True)
    user.set_unusable_password()
    try:
        user.full_clean()
    except ValidationError as error:
        raise ValidationError(
            _("Non posso creare l'utente «%(email)s»: %(errors)s"),
            code="invalid_user",
            params={"email": email, "errors": "; ".join(error.messages)},
        ) from None
    user.save()
    return user


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


# --- Stale listings ----------------------------------------------------------------------


@dataclass
class StaleReminder:
    """One provider's reminder: its stale services and who receives the e-mail."""

    provider: ProviderPage
    services: list[ServicePage]
    recipients: list[str] = field(default_factory=list)
    sent: bool = False


def stale_before(today: datetime.date | None = None) -> datetime.date:
    """Services verified before this date are stale (verified more than 12 months ago)."""
    today = today or timezone.localdate()
    year, month = divmod(today.month - 1 - STALE_AFTER_MONTHS, 12)
    year, month = today.year + year, month + 1
    day = min(today.day, _days_in_month(year, month))
    return datetime.date(year, month, day)


def stale_services(today: datetime.date | None = None) -> list[ServicePage]:
    """Live services of the default language whose ``verified_on`` is more than 12 months
    old, oldest first, each with ``provider`` set to its provider page."""
    services = list(
        ServicePage.objects.live()
        .filter(locale=Locale.get_default(), verified_on__lt=stale_before(today))
        .order_by("verified_on", "title", "pk")
    )
    steplen = Page.steplen
    parent_paths = {service.path[:-steplen] for service in services}
    providers = {
        provider.path: provider for provider in ProviderPage.objects.filter(path__in=parent_paths)
    }
    for service in services:
        service.provider = providers.get(service.path[:-steplen])
    return services


def stale_reminders(today: datetime.date | None = None) -> list[StaleReminder]:
    """Stale services grouped by provider, with the e-mail addresses of the active users
    of the provider groups that hold permissions on that provider page."""
    by_provider: dict[int, StaleReminder] = {}
    for service in stale_services(today):
        if service.provider is None:
            continue
        reminder = by_provider.setdefault(
            service.provider.pk, StaleReminder(provider=service.provider, services=[])
        )
        reminder.services.append(service)
    if not by_provider:
        return []

    groups_by_page: dict[int, set[int]] = defaultdict(set)
    for page_id, group_id in GroupPagePermission.objects.filter(
        page_id__in=by_provider, group__name__startswith=PROVIDER_GROUP_PREFIX
    ).values_list("page_id", "group_id"):
        groups_by_page[page_id].add(group_id)
    addresses_by_group: dict[int, set[str]] = defaultdict(set)
    memberships = (
        get_user_model()
        .groups.through.objects.filter(
            group_id__in={group_id for ids in groups_by_page.values() for group_id in ids},
            user__is_active=True,
        )
        .exclude(user__email="")
    )
    for group_id, address in memberships.values_list("group_id", "user__email"):
        addresses_by_group[group_id].add(address)

    reminders = sorted(by_provider.values(), key=lambda r: (r.provider.title, r.provider.pk))
    for reminder in reminders:
        reminder.recipients = sorted(
            {
                address
                for group_id in groups_by_page[reminder.provider.pk]
                for address in addresses_by_group[group_id]
            }
        )
    return reminders


def send_stale_listing_reminders(
    *, today: datetime.date | None = None, dry_run: bool = False
) -> list[StaleReminder]:
    """E-mail each provider's users the list of their stale services: one e-mail per
    provider, addressed to all its users. With ``dry_run`` nothing is sent.

    Providers without users with an e-mail address are returned with ``sent=False``."""
    reminders = stale_reminders(today)
    for reminder in reminders:
        if dry_run or not reminder.recipients:
            continue
        context = {
            "provider": reminder.provider,
            "services": [
                {
                    "title": service.title,
                    "verified_on": service.verified_on,
                    "edit_url": _absolute_admin_url(
                        reverse("wagtailadmin_pages:edit", args=[service.pk])
                    ),
                }
                for service in reminder.services
            ],
            "site_name": settings.WAGTAIL_SITE_NAME,
            "months": STALE_AFTER_MONTHS,
        }
        _send("catalogue/admin/stale_reminder", context, reminder.recipients)
        reminder.sent = True
    return reminders


def _send(template_prefix: str, context: dict, recipients: list[str]) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        body = render_to_string(f"{template_prefix}.txt", context)
    send_mail(" ".join(subject.split()), body, None, recipients)


def _absolute_admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _days_in_month(year: int, month: int) -> int:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day
