"""Import an HSDS 3.0 JSON export as drafts for editors to review."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from catalogue.hsds.exchange import ExchangeError, read_dataset
from catalogue.hsds.importer import UNCHANGED, ImportFailed, import_dataset


class Command(BaseCommand):
    help = (
        "Read an HSDS 3.0 JSON export (a file or a directory written by export_hsds) and "
        "create or update providers and services, matched by id, as drafts: nothing is "
        "published. The whole file is checked first; on any problem nothing is written. "
        "--dry-run only reports what would change."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="A .json export, or a directory of them.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )

    def handle(self, *args, path, dry_run, **options):
        try:
            plan = import_dataset(read_dataset(Path(path)), dry_run=dry_run)
        except (ExchangeError, ImportFailed) as error:
            raise CommandError(str(error)) from error
        for change in plan.changes:
            prefix = "would " if dry_run and change.action != UNCHANGED else ""
            self.stdout.write(f"{prefix}{change.describe()}")
        self.stdout.write(plan.summary(dry_run=dry_run))
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        elif plan.counts()["create"] or plan.counts()["update"]:
            self.stdout.write("New and changed pages are drafts: review and publish them.")
