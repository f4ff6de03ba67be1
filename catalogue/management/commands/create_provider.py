"""Create a provider: its page, group, collections and first user (see catalogue.providers)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from catalogue.models import LEGAL_STATUS_CHOICES
from catalogue.providers import create_provider


class Command(BaseCommand):
    help = (
        "Crea un ente erogatore: la pagina (pubblicata, da completare), il gruppo con i "
        "permessi di modifica senza pubblicazione, le raccolte di immagini e documenti e "
        "l'utente, che riceve un'e-mail per scegliere la password."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Nome dell'ente, come compare nel catalogo.")
        parser.add_argument(
            "--email", required=True, help="E-mail dell'utente dell'ente (diventa il suo nome)."
        )
        parser.add_argument(
            "--legal-status",
            default="third_sector",
            choices=[code for code, _label in LEGAL_STATUS_CHOICES],
            help="Natura giuridica (predefinita: third_sector).",
        )
        parser.add_argument(
            "--pillar",
            dest="pillar_code",
            default=None,
            help="Codice del pilastro (predefinito: dedotto dalla natura giuridica).",
        )

    def handle(self, *args, name, email, legal_status, pillar_code, **options):
        try:
            setup = create_provider(name, email, legal_status=legal_status, pillar_code=pillar_code)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None

        page = setup.page
        self.stdout.write(self.style.SUCCESS(f"Ente creato: {page.title}"))
        self.stdout.write(f"  pagina:     {page.url_path} (id {page.pk}, pubblicata)")
        self.stdout.write(
            f"  gruppo:     {setup.group.name} (aggiunta e modifica, senza pubblicazione)"
        )
        self.stdout.write(f"  immagini:   raccolta «{setup.image_collection.name}»")
        self.stdout.write(f"  documenti:  raccolta «{setup.document_collection.name}»")
        self.stdout.write(
            f"  utente:     {setup.user.get_username()} (e-mail per scegliere la password inviata)"
        )
        self.stdout.write(f"  flusso:     «{setup.workflow.name}» sul catalogo")
