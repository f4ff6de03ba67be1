"""E-mail each provider the services nobody has verified for twelve months."""

from django.core.management.base import BaseCommand

from catalogue.providers import send_stale_listing_reminders


class Command(BaseCommand):
    help = (
        "Invia a ogni ente un'e-mail con i suoi servizi pubblicati non verificati da più di "
        "12 mesi (un'e-mail per ente, a tutti i suoi utenti). Con --dry-run mostra soltanto "
        "cosa invierebbe."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Mostra i promemoria senza inviarli."
        )

    def handle(self, *args, dry_run, **options):
        reminders = send_stale_listing_reminders(dry_run=dry_run)
        if not reminders:
            self.stdout.write("Nessun servizio da verificare.")
            return
        for reminder in reminders:
            recipients = ", ".join(reminder.recipients) or "nessun destinatario"
            if dry_run:
                status = "da inviare a"
            elif reminder.sent:
                status = "inviato a"
            else:
                status = "NON inviato:"
            self.stdout.write(
                f"{reminder.provider.title}: {len(reminder.services)} servizi, "
                f"{status} {recipients}"
            )
            for service in reminder.services:
                self.stdout.write(
                    f"  - {service.title} (verificato il {service.verified_on:%d/%m/%Y})"
                )
        sent = sum(1 for reminder in reminders if reminder.sent)
        if dry_run:
            self.stdout.write(f"Prova: {len(reminders)} promemoria, nessuno inviato.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Promemoria inviati: {sent}."))
