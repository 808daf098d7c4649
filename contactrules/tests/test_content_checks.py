"""The Checks panel's configuration: the rule's findings and reading age advice."""

import pytest
from wagtail.admin.userbar import AccessibilityItem
from wagtail.rich_text import RichText

from articles.models import ArticlePage
from contactrules.content_checks import (
    CONTACT_RULE,
    READING_RULE,
    ClinicContentChecks,
    reading_level,
)
from contactrules.wagtail_hooks import add_clinic_content_checks

pytestmark = pytest.mark.django_db

ADVERT = "Call our partner on +1 555 010 2030 or visit www.pharma-shop.example to order today"
PLAIN = (
    "<p>Ketamine is a medicine. Doctors use it to put people to sleep for an "
    "operation. It can also ease pain. You will be watched all the time. "
    "Most people feel fine the next day. Ask us if you are not sure.</p>"
)
HARD = (
    "<p>Intravenous administration of subanaesthetic ketamine concentrations "
    "necessitates comprehensive haemodynamic monitoring, particularly in "
    "individuals demonstrating cardiovascular comorbidities, notwithstanding "
    "considerable interindividual pharmacokinetic variability.</p>"
) * 3


def configuration(rf, admin_user, page) -> dict:
    items = [AccessibilityItem(in_editor=True)]
    add_clinic_content_checks(rf.get("/"), items, page)
    (item,) = items
    assert isinstance(item, ClinicContentChecks) and item.in_editor
    request = rf.get("/")
    request.user = admin_user
    return item.get_axe_configuration(request)


def rule(config, rule_id) -> dict:
    return next(r for r in config["spec"]["rules"] if r["id"] == rule_id)


def test_the_checks_panel_gets_the_texts_the_save_rule_finds(rf, admin_user):
    page = ArticlePage(
        title="Ketamine",
        summary=ADVERT,
        body=[("paragraph", RichText(PLAIN))],
    )

    config = configuration(rf, admin_user, page)

    assert CONTACT_RULE in config["options"]["runOnly"]
    check = next(c for c in config["spec"]["checks"] if c["id"] == CONTACT_RULE)
    assert check["options"]["texts"] == ["+1 555 010 2030", "www.pharma-shop.example"]
    metadata = rule(config, CONTACT_RULE)["metadata"]
    assert metadata["help"] == "Contact details that are not the clinic's"
    assert "Summary: the phone number “+1 555 010 2030”" in metadata["description"]
    assert "Summary: the website “www.pharma-shop.example”" in metadata["description"]
    # Wagtail's own checks stay.
    assert "heading-order" in config["options"]["runOnly"]


def test_a_clean_page_gives_the_check_nothing_to_find(rf, admin_user):
    page = ArticlePage(title="Ketamine", summary="Plain words.", body=[])
    config = configuration(rf, admin_user, page)
    check = next(c for c in config["spec"]["checks"] if c["id"] == CONTACT_RULE)
    assert check["options"]["texts"] == []


def test_reading_age_is_advice_against_the_nhs_target(rf, admin_user):
    plain = ArticlePage(
        title="Ketamine", summary="", body=[("paragraph", RichText(PLAIN))]
    )
    hard = ArticlePage(
        title="Ketamine", summary="", body=[("paragraph", RichText(HARD))]
    )

    plain_level, hard_level = reading_level(plain), reading_level(hard)

    assert plain_level.age <= 11 < hard_level.age
    config = configuration(rf, admin_user, hard)
    reading = rule(config, READING_RULE)
    assert reading["impact"] == "minor"
    assert reading["metadata"]["help"] == (
        f"Reading age about {hard_level.age} (NHS target: 9 to 11)"
    )
    assert "Advice only: shorter sentences" in reading["metadata"]["description"]
    plain_reading = rule(configuration(rf, admin_user, plain), READING_RULE)
    assert (
        "Advice only: this is within the NHS target."
        in (plain_reading["metadata"]["description"])
    )


def test_too_little_text_gives_no_reading_age(rf, admin_user):
    page = ArticlePage(title="Ketamine", summary="Short.", body=[])
    assert reading_level(page) is None
    config = configuration(rf, admin_user, page)
    check = next(c for c in config["spec"]["checks"] if c["id"] == READING_RULE)
    assert check["options"] == {"show": False}
