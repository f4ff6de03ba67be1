from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore an archive made by `manage.py backup`: the database and the media. "
        "Refuses a database that already has tables unless --force (its content is then "
        "replaced). Restore with the Django and Wagtail releases the backup was made with."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", metavar="ARCHIVE", type=Path)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the content of a database that is not empty.",
        )
        parser.add_argument("--database", default="default", help="Database alias.")

    def handle(self, *args, archive, force, database, **options):
        try:
            result = restore(archive, force=force, alias=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {result.manifest['created']}: database and "
                f"{result.media_files} media files."
            )
        )
        if result.pending_migrations:
            self.stdout.write(
                self.style.WARNING(
                    f"This code has {len(result.pending_migrations)} migrations the backup "
                    "had not applied: run `manage.py migrate` now."
                )
            )
