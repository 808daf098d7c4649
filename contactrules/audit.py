"""Every place in the database where the contact details rule finds something:
pages, snippets and settings, then promoted search results and redirects."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import apps
from django.utils.text import capfirst

from .checking import Place
from .contrib import CONTRIB_RULES, contrib_places
from .models import ContactRuleMixin


@dataclass(frozen=True)
class Offence:
    model: str
    object: str
    pk: int
    state: str  # "live", "draft" or "latest draft (revision N)"
    place: Place

    def __str__(self):
        return (
            f"{self.model} “{self.object}” (id {self.pk}), {self.state}, "
            f"{self.place.where}: {self.place.finding.describe()}"
        )


def checked_models() -> list[type]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, ContactRuleMixin) and not model._meta.proxy
    ]


def versions(obj) -> Iterator[tuple[str, object]]:
    """What patients see now and the latest draft waiting to go live."""
    live = getattr(obj, "live", True)
    revision = getattr(obj, "latest_revision", None)
    if live:
        yield "live", obj
    if revision and (not live or getattr(obj, "has_unpublished_changes", False)):
        yield f"latest draft (revision {revision.pk})", revision.as_object()
    elif not live:
        yield "draft", obj


def offences() -> Iterator[Offence]:
    for model in checked_models():
        for obj in model.objects.all().order_by("pk"):
            for state, version in versions(obj):
                for place in version.contact_rule_places():
                    yield Offence(
                        capfirst(model._meta.verbose_name),
                        str(version),
                        obj.pk,
                        state,
                        place,
                    )
    # Live as soon as they are saved; they have no drafts.
    for model, rule in CONTRIB_RULES.items():
        for obj in model.objects.all().order_by("pk"):
            for place in contrib_places(obj):
                yield Offence(rule.label, str(obj), obj.pk, "live", place)
