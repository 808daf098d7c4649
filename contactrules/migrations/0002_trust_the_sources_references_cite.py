"""On an existing site, the websites its references and myth cards already cite
become its first trusted sources, so that pages published before the contact
details rule can still be edited and published. Review the list afterwards
(Settings › Trusted sources); `manage.py audit_contact_details` shows the rest."""

from urllib.parse import urlsplit

from django.db import migrations


def cited_domains(apps) -> set[str]:
    links = []
    for model_name in ("ArticlePage", "MedicinePage"):
        model = apps.get_model("articles", model_name)
        for references in model.objects.values_list("references", flat=True):
            for block in getattr(references, "raw_data", None) or []:
                value = block.get("value") or {}
                links.append(value.get("link") or "")
    links += apps.get_model("faq", "MythCard").objects.values_list(
        "source_url", flat=True
    )
    return {
        (urlsplit(link).hostname or "").removeprefix("www.")
        for link in links
        if link and urlsplit(link).scheme in ("http", "https")
    } - {""}


def trust_cited_sources(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    TrustedSources = apps.get_model("contactrules", "TrustedSources")
    domains = cited_domains(apps)
    if not domains:
        return
    for site in Site.objects.all():
        trusted, _ = TrustedSources.objects.get_or_create(site_id=site.pk)
        if not trusted.domains.strip():
            trusted.domains = "\n".join(sorted(domains))
            trusted.save()


class Migration(migrations.Migration):
    dependencies = [
        ("contactrules", "0001_trusted_sources"),
        ("articles", "0009_move_reviewer_and_share_health_fields"),
        ("faq", "0005_reviewed_snippets_with_drafts"),
    ]

    operations = [
        migrations.RunPython(trust_cited_sources, migrations.RunPython.noop),
    ]
