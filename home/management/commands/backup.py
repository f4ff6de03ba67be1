from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database (SQLite: online backup API; PostgreSQL: pg_dump -Fc) and the "
        "uploaded media into one .tar.gz archive with a manifest. DEST is a file name or an "
        "existing folder (then the file is named portal-backup-<date>-<time>.tar.gz)."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", metavar="DEST", type=Path)
        parser.add_argument("--database", default="default", help="Database alias.")

    def handle(self, *args, destination, database, **options):
        try:
            path, manifest = backup(destination, alias=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        size = path.stat().st_size / 1024 / 1024
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {path} ({size:.1f} MB): {manifest['database']} database, "
                f"{len(manifest['migrations'])} migrations applied, media {manifest['media']}."
            )
        )
