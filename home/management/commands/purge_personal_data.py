from django.core.management.base import BaseCommand

from home.retention import purge, rules


class Command(BaseCommand):
    help = (
        "Delete personal data older than the retention periods in settings (RETENTION_*: "
        "page ratings, form submissions, login logs, search counts; expired sessions) and "
        "blank old rating comments. Run it daily. --dry-run only counts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would go, change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        days = {rule.label: rule.days for rule in rules()}
        counts = purge(dry_run=dry_run)
        verb = "would be purged" if dry_run else "purged"
        for label, count in counts.items():
            period = f" (older than {days[label]} days)" if days[label] is not None else ""
            self.stdout.write(f"{label}{period}: {count} {verb}")
        total = sum(counts.values())
        message = f"{total} records {verb}."
        self.stdout.write(self.style.WARNING(message) if dry_run else self.style.SUCCESS(message))
