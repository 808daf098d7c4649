from django.core.management.base import BaseCommand, CommandError

from contactrules.audit import offences


class Command(BaseCommand):
    help = (
        "List every page, snippet and setting (live and latest draft), promoted "
        "search result and redirect that gives patients a phone number, email "
        "address or website that is not the clinic's own or a trusted source. "
        "Exits 1 when there is any."
    )

    def handle(self, *args, **options):
        found = list(offences())
        for offence in found:
            self.stdout.write(str(offence))
        if found:
            raise CommandError(
                f"{len(found)} contact detail(s) that are not the clinic's were found "
                "above: remove them (link the contact page instead) or add the "
                "website under Settings › Trusted sources.",
                returncode=1,
            )
        self.stdout.write(
            "No page, snippet, setting, promoted search result or redirect gives "
            "patients contact details that are not the clinic's own."
        )
