"""A medicine page's subject as a schema.org Drug."""

from django.http import HttpRequest

from seo.meta import meta_description
from seo.structured_data import SCHEMA_ORG, compact, is_placeholder, page_url

# Schema.org's DrugPrescriptionStatus values for MedicinePage.prescription_status.
PRESCRIPTION_STATUS = {
    "prescription_only": f"{SCHEMA_ORG}/PrescriptionOnly",
    "pharmacy": f"{SCHEMA_ORG}/OTC",
    "general_sale": f"{SCHEMA_ORG}/OTC",
}


def drug(page, request: HttpRequest | None) -> dict:
    """A MedicinePage's medicine as a schema.org Drug, from its key facts."""
    url = page_url(page, request)
    legal = page.legal_status_summary
    kind = page.medicine_type
    return compact(
        {
            "@type": "Drug",
            "@id": f"{url}#drug",
            "name": page.title,
            "description": meta_description(page),
            "url": url,
            "drugClass": (
                {"@type": "DrugClass", "name": kind}
                if not is_placeholder(kind)
                else None
            ),
            "administrationRoute": page.given_as,
            "legalStatus": (
                {"@type": "DrugLegalStatus", "name": legal}
                if not is_placeholder(legal)
                else None
            ),
            "prescriptionStatus": PRESCRIPTION_STATUS.get(page.prescription_status, ""),
        }
    )
