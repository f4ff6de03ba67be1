"""Services not verified for more than 12 months: a panel on the editors' dashboard and
one reminder e-mail per provider."""

import datetime
import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client

import pytest

from catalogue.factories import ServicePageFactory
from catalogue.providers import (
    send_stale_listing_reminders,
    stale_before,
    stale_reminders,
    stale_services,
)

pytest_plugins = ["tests.catalogue.conftest_providers"]

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 5, 4)


@pytest.fixture
def stale(world, locales):
    """Old and fresh services of both providers (dates relative to TODAY)."""

    def service(parent, title, verified_on, **kwargs):
        page = ServicePageFactory(parent=parent, title=title, verified_on=verified_on, **kwargs)
        page.save_revision().publish()
        return page

    services = {
        "a_old": service(world.a.page, "Alfa telesoccorso", datetime.date(2024, 1, 10)),
        "a_older": service(world.a.page, "Alfa lavanderia", datetime.date(2023, 6, 1)),
        "a_boundary": service(world.a.page, "Alfa trasporti", datetime.date(2025, 5, 4)),
        "a_fresh": service(world.a.page, "Alfa doposcuola", datetime.date(2026, 1, 2)),
        "a_draft_old": ServicePageFactory(
            parent=world.a.page, title="Alfa bozza", verified_on=datetime.date(2020, 1, 1),
            live=False,
        ),
        "b_old": service(world.b.page, "Quokka ascolto", datetime.date(2025, 5, 3)),
    }  # fmt: skip
    mail.outbox.clear()  # the moderation notices sent while building the world
    return services


def test_stale_means_verified_more_than_twelve_months_ago():
    assert stale_before(TODAY) == datetime.date(2025, 5, 4)
    assert stale_before(datetime.date(2028, 2, 29)) == datetime.date(2027, 2, 28)
    assert stale_before(datetime.date(2026, 1, 31)) == datetime.date(2025, 1, 31)


def test_stale_services_are_live_old_and_of_the_default_language(stale, world, locales):
    english = locales[1]
    translation = stale["a_old"].copy_for_translation(english, copy_parents=True)
    translation.save_revision().publish()

    services = stale_services(TODAY)

    assert [service.title for service in services] == [
        "Alfa lavanderia",
        "Alfa telesoccorso",
        "Quokka ascolto",
    ]
    assert [service.provider.pk for service in services] == [
        world.a.page.pk,
        world.a.page.pk,
        world.b.page.pk,
    ]


def test_editors_dashboard_lists_stale_services_with_provider_date_and_edit_link(
    stale, world, client, monkeypatch
):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)
    client.force_login(world.editor)

    html = client.get("/admin/").content.decode()

    panel = re.search(r'<section[^>]*id="stale-services-section".*?</section>', html, re.S)
    assert panel, "the stale services panel is missing"
    rows = [
        " ".join(re.sub(r"<[^>]+>", " ", row).split())
        for row in re.findall(r"<tr>(.*?)</tr>", panel.group(0), re.S)[1:]
    ]
    assert rows == [
        "Alfa lavanderia Cooperativa Alfa 01/06/2023",
        "Alfa telesoccorso Cooperativa Alfa 10/01/2024",
        "Quokka ascolto Associazione Quokka 03/05/2025",
    ]
    assert f'href="/admin/pages/{stale["a_older"].pk}/edit/"' in panel.group(0)


def test_superusers_see_the_panel_and_providers_do_not(stale, world, client):
    superuser = get_user_model().objects.create_superuser("capo", "capo@example.org", "x")
    client.force_login(superuser)
    assert 'id="stale-services-section"' in client.get("/admin/").content.decode()

    provider = Client()
    provider.force_login(world.a.user)
    assert 'id="stale-services-section"' not in provider.get("/admin/").content.decode()


def test_one_reminder_per_provider_to_all_its_users(stale, world):
    colleague = get_user_model().objects.create_user("collega", "collega@alfa.example.org")
    colleague.groups.add(world.a.group)
    retired = get_user_model().objects.create_user("ex", "ex@alfa.example.org", is_active=False)
    retired.groups.add(world.a.group)

    reminders = send_stale_listing_reminders(today=TODAY)

    assert len(mail.outbox) == 2
    by_recipients = {tuple(message.to): message for message in mail.outbox}
    alfa = by_recipients[("alfa@example.org", "collega@alfa.example.org")]
    quokka = by_recipients[("info@quokka.example.org",)]
    assert "Alfa telesoccorso" in alfa.body
    assert "Alfa lavanderia" in alfa.body
    assert "Quokka" not in alfa.body  # each provider hears only about its own services
    assert "Alfa" not in quokka.body
    assert f"http://127.0.0.1:8000/admin/pages/{stale['a_old'].pk}/edit/" in alfa.body
    assert "10/01/2024" in alfa.body
    assert "2 servizi da verificare" in alfa.subject
    assert "Cooperativa Alfa" in alfa.subject
    assert all(reminder.sent for reminder in reminders)


def test_dry_run_sends_nothing(stale, world):
    reminders = send_stale_listing_reminders(today=TODAY, dry_run=True)

    assert mail.outbox == []
    assert [(r.provider.title, len(r.services)) for r in reminders] == [
        ("Associazione Quokka", 1),
        ("Cooperativa Alfa", 2),
    ]
    assert not any(reminder.sent for reminder in reminders)


def test_a_provider_without_users_is_reported_not_sent(stale, world):
    world.b.user.is_active = False
    world.b.user.save()

    reminders = {r.provider.pk: r for r in send_stale_listing_reminders(today=TODAY)}

    assert reminders[world.b.page.pk].recipients == []
    assert not reminders[world.b.page.pk].sent
    assert len(mail.outbox) == 1


def test_nothing_stale_nothing_sent(world):
    mail.outbox.clear()
    assert stale_reminders(TODAY) == []
    assert send_stale_listing_reminders(today=TODAY) == []
    assert mail.outbox == []


def test_command_dry_run_prints_the_reminders(stale, world, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)
    out = StringIO()

    call_command("remind_stale_listings", "--dry-run", stdout=out)

    output = out.getvalue()
    assert mail.outbox == []
    assert "Cooperativa Alfa: 2 servizi, da inviare a alfa@example.org" in output
    assert "Alfa lavanderia (verificato il 01/06/2023)" in output
    assert "nessuno inviato" in output


def test_command_sends_the_reminders(stale, world, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)
    out = StringIO()

    call_command("remind_stale_listings", stdout=out)

    assert len(mail.outbox) == 2
    assert "Promemoria inviati: 2." in out.getvalue()
