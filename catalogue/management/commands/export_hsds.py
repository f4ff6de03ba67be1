"""Export the public catalogue as Open Referral HSDS 3.0 files (JSON or CSV)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale

from catalogue.hsds.exchange import build_dataset, write_csv, write_json


class Command(BaseCommand):
    help = (
        "Export live, public providers and services as HSDS 3.0: --format json writes one "
        "file (PATH ending in .json) or a directory of files; --format csv writes the "
        "tabular format, one CSV per table, in a directory or a .zip. See docs/hsds-profile.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Where to write: a .json or .zip file, or a directory.")
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument(
            "--locale",
            default=settings.LANGUAGE_CODE,
            help="Content language (same ids in every language). Only an export in the "
            "default language can be imported back.",
        )

    def handle(self, *args, path, format, locale, **options):
        codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        found = Locale.objects.filter(language_code=locale).first() if locale in codes else None
        if found is None:
            raise CommandError(f"Unknown locale {locale!r}: use one of {', '.join(codes)}.")
        dataset = build_dataset(found)
        target = Path(path)
        try:
            written = (write_json if format == "json" else write_csv)(dataset, target)
        except OSError as error:
            raise CommandError(f"Cannot write {target}: {error}") from error
        self.stdout.write(
            f"Exported {len(dataset['organizations'])} organizations and "
            f"{len(dataset['services'])} services ({format}, {found.language_code}) "
            f"to {target} ({len(written)} file(s))."
        )
