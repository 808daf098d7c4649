"""Reviewed health pages as schema.org nodes: dates, audience, reviewer."""

from django.http import HttpRequest
from wagtail.models import Page

from seo.meta import SiteIdentity
from seo.structured_data import compact, web_page

from .models import ReviewedPageMixin, Reviewer

# The site is written for patients and the people who support them.
PATIENT_AUDIENCE = {"@type": "MedicalAudience", "audienceType": "Patient"}


def person(reviewer: Reviewer, request: HttpRequest | None) -> dict:
    """A clinical reviewer as a schema.org Person."""
    profile = reviewer.profile_page
    return compact(
        {
            "@type": "Person",
            "name": reviewer.name or str(reviewer),
            "jobTitle": reviewer.role,
            "honorificSuffix": reviewer.credentials,
            "url": profile.get_full_url(request) if profile and profile.live else "",
        }
    )


def review_properties(page: ReviewedPageMixin, request: HttpRequest | None) -> dict:
    """lastReviewed and reviewedBy, from the page's clinical review fields."""
    properties = {}
    if page.last_reviewed:
        properties["lastReviewed"] = page.last_reviewed.isoformat()
    if page.reviewer:
        properties["reviewedBy"] = person(page.reviewer, request)
    return properties


def health_page(
    page: Page,
    request: HttpRequest | None,
    clinic: SiteIdentity | None,
    schema_type: str = "MedicalWebPage",
    **properties,
) -> dict:
    """A page of health information: dates, clinical review and audience as well."""
    return web_page(
        page,
        request,
        clinic,
        schema_type,
        datePublished=page.first_published_at,
        dateModified=page.last_published_at,
        audience=PATIENT_AUDIENCE,
        **review_properties(page, request),
        **properties,
    )
