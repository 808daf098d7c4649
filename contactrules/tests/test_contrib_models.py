"""Promoted search results and redirects: the same rule, on every route.

The search page shows a promotion as a result (its link, title and text), and a
redirect sends whoever opens the old address to its target, so both are read as
pages are. Each test goes through the admin's own URLs as an editor would (the
promotions' formset, the redirect form, the redirects import), or saves from
code, or runs the audit.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from pytest_django.asserts import assertContains, assertTemplateUsed
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from conftest import trust
from contactrules.checking import HOW_TO_FIX, ContactDetailsRefused
from contactrules.models import TrustedSources

pytestmark = pytest.mark.django_db

SHOP = "https://www.pharma-shop.example/order"
ADVERT = "Call our partner on +1 555 010 2030 to order today"
OWN_HOST = "www.riverside-clinic.example"


@pytest.fixture
def own_site(home_page) -> Site:
    """The default site, at the clinic's own address."""
    site = Site.objects.get(is_default_site=True)
    site.hostname = OWN_HOST
    site.save()
    return site


def promotions_data(query: str, rows: list[dict], initial: int = 0) -> dict:
    """What the "Promoted search results" screen posts: the query and its rows."""
    blank = {"page": "", "external_link_url": "", "external_link_text": ""}
    return {
        "query_string": query,
        **nested_form_data(
            {
                "editors_picks": inline_formset(
                    [{**blank, "description": "", **row} for row in rows],
                    initial=initial,
                )
            }
        ),
    }


def redirect_data(**fields) -> dict:
    return {
        "old_path": "/order",
        "site": "",
        "is_permanent": "on",
        "redirect_page": "",
        "redirect_link": "",
        **fields,
    }


def test_a_promoted_shop_is_refused_on_its_row_and_what_was_typed_stays(
    admin_client, contact_page
):
    rows = [
        {"page": contact_page.pk, "description": "Ask the clinic about prices."},
        {
            "external_link_url": SHOP,
            "external_link_text": "Pharma shop",
            "description": ADVERT,
        },
    ]

    response = admin_client.post(
        reverse("wagtailsearchpromotions:add"), promotions_data("price", rows)
    )

    assert response.status_code == 200
    page_row, shop_row = response.context["searchpicks_formset"].forms
    assert not page_row.errors
    assert shop_row.errors["external_link_url"] == [
        "External link URL contains contact details that are not the clinic's: "
        f"the website “{SHOP}”. {HOW_TO_FIX}"
    ]
    assert shop_row.errors["description"] == [
        "Description contains contact details that are not the clinic's: "
        f"the phone number “+1 555 010 2030”. {HOW_TO_FIX}"
    ]
    assertContains(response, f'value="{SHOP}"')
    assertContains(response, f"{ADVERT}</textarea>")
    assert not SearchPromotion.objects.exists()


def test_promoting_a_page_or_a_trusted_source_is_saved_and_a_shop_is_not(
    admin_client, clinic, contact_page, own_site
):
    trust("nhs.uk")
    rows = [
        {"page": contact_page.pk, "description": "Ask us: 0800 000 0000."},
        {
            "external_link_url": "https://www.nhs.uk/medicines/ketamine/",
            "external_link_text": "NHS: ketamine",
            "description": "Read more on www.nhs.uk.",
        },
        {
            "external_link_url": f"https://{OWN_HOST}/leaflets/",
            "external_link_text": "Our leaflets",
        },
    ]
    response = admin_client.post(
        reverse("wagtailsearchpromotions:add"), promotions_data("ketamine", rows)
    )
    assert response.status_code == 302, response.context["searchpicks_formset"].errors
    query = Query.get("ketamine")
    saved = list(query.editors_picks.order_by("sort_order"))
    assert [promotion.title for promotion in saved] == [
        contact_page.title,
        "NHS: ketamine",
        "Our leaflets",
    ]

    # Editing the trusted link into a shop's is refused on that row only.
    rows = [
        {**row, "id": promotion.pk} for row, promotion in zip(rows, saved, strict=True)
    ]
    rows[1]["external_link_url"] = SHOP
    rows[0]["description"] = "Ask us."
    response = admin_client.post(
        reverse("wagtailsearchpromotions:edit", args=[query.pk]),
        promotions_data("ketamine", rows, initial=3),
    )

    assert response.status_code == 200
    forms = response.context["searchpicks_formset"].forms
    assert [list(form.errors) for form in forms] == [[], ["external_link_url"], []]
    assert f"the website “{SHOP}”" in forms[1].errors["external_link_url"][0]
    assert [p.description for p in query.editors_picks.order_by("sort_order")] == [
        "Ask us: 0800 000 0000.",
        "Read more on www.nhs.uk.",
        "",
    ]
    assert not SearchPromotion.objects.filter(external_link_url=SHOP).exists()


def test_a_redirect_to_another_website_is_refused_on_the_field_and_kept(
    admin_client, home_page
):
    response = admin_client.post(
        reverse("wagtailredirects:add"), redirect_data(redirect_link=SHOP)
    )

    assert response.status_code == 200
    assert response.context["form"].errors["redirect_link"] == [
        "Redirect to any URL contains contact details that are not the clinic's: "
        f"the website “{SHOP}”. {HOW_TO_FIX}"
    ]
    assertContains(response, f'value="{SHOP}"')
    assert not Redirect.objects.exists()


def test_redirects_to_a_page_the_clinics_site_or_a_trusted_source_are_saved(
    admin_client, contact_page, own_site
):
    trust("nhs.uk")
    add = reverse("wagtailredirects:add")
    for old_path, fields in [
        ("/talk-to-us", {"redirect_page": contact_page.pk}),
        ("/leaflets-2024", {"redirect_link": f"https://{OWN_HOST}/leaflets/"}),
        ("/ketamine-nhs", {"redirect_link": "https://www.nhs.uk/medicines/"}),
    ]:
        response = admin_client.post(add, redirect_data(old_path=old_path, **fields))
        assert response.status_code == 302, response.context["form"].errors
    assert Redirect.objects.count() == 3

    # Changing the trusted target to a shop is refused and the redirect kept.
    redirect = Redirect.objects.get(old_path="/ketamine-nhs")
    response = admin_client.post(
        reverse("wagtailredirects:edit", args=[redirect.pk]),
        redirect_data(old_path="/ketamine-nhs", redirect_link=SHOP),
    )

    assert response.status_code == 200
    assert "the website" in response.context["form"].errors["redirect_link"][0]
    redirect.refresh_from_db()
    assert redirect.redirect_link == "https://www.nhs.uk/medicines/"


def test_the_redirects_import_names_the_refused_row_and_why(admin_client, own_site):
    trust("nhs.uk")
    csv = (
        "from,to\n"
        f"/leaflets-2024,https://{OWN_HOST}/leaflets/\n"
        f"/order,{SHOP}\n"
        "/nhs,https://www.nhs.uk/\n"
    )
    upload = SimpleUploadedFile("redirects.csv", csv.encode(), "text/csv")
    confirm = admin_client.post(
        reverse("wagtailredirects:start_import"), {"import_file": upload}
    )

    response = admin_client.post(
        reverse("wagtailredirects:process_import"),
        {
            **confirm.context["form"].initial,
            "from_index": 0,
            "to_index": 1,
            "permanent": "on",
        },
    )

    assertTemplateUsed(response, "wagtailredirects/import_summary.html")
    assertContains(response, "Found 3 redirects, created 2 and found 1 errors.")
    rows = BeautifulSoup(response.content, "html.parser").select("#summary tbody tr")
    assert [[cell.get_text() for cell in row.find_all("td")] for row in rows] == [
        [
            "/order",
            SHOP,
            "Redirect to any URL contains contact details that are not the "
            f"clinic's: the website “{SHOP}”. {HOW_TO_FIX}",
        ]
    ]
    assert set(Redirect.objects.values_list("old_path", flat=True)) == {
        "/leaflets-2024",
        "/nhs",
    }


def test_the_import_redirects_command_reports_the_refused_row(
    own_site, tmp_path, capsys
):
    source = tmp_path / "redirects.csv"
    source.write_text(
        f"from,to\n/leaflets-2024,https://{OWN_HOST}/leaflets/\n/order,{SHOP}\n"
    )

    call_command("import_redirects", src=str(source))

    out = capsys.readouterr().out
    (refused,) = [line for line in out.splitlines() if "Error:" in line]
    assert refused.startswith(f"2. Error: /order -> {SHOP} (Reason: ")
    assert "Redirect to any URL contains contact details" in refused
    assert "Errors: 1" in out
    assert list(Redirect.objects.values_list("old_path", flat=True)) == [
        "/leaflets-2024"
    ]


def test_promotions_and_redirects_saved_from_code_are_refused(contact_page):
    with pytest.raises(ContactDetailsRefused) as refused:
        SearchPromotion.objects.create(
            query=Query.get("price"),
            external_link_url=SHOP,
            external_link_text="Pharma shop",
            description=ADVERT,
        )
    assert refused.value.message_dict == {
        "external_link_url": [
            "External link URL contains contact details that are not the clinic's: "
            f"the website “{SHOP}”. {HOW_TO_FIX}"
        ],
        "description": [
            "Description contains contact details that are not the clinic's: "
            f"the phone number “+1 555 010 2030”. {HOW_TO_FIX}"
        ],
    }
    with pytest.raises(ContactDetailsRefused, match="Redirect to any URL contains"):
        Redirect.add_redirect("/order", SHOP)
    # A page with a calm description, a redirect to a page or to a path of the site.
    SearchPromotion.objects.create(
        query=Query.get("price"), page=contact_page, description="Ask us."
    )
    Redirect.add_redirect("/talk-to-us", contact_page)
    Redirect.add_redirect("/old-contact", "/contact/")

    # A promotion saved before the rule is refused once its text is changed.
    promotion = SearchPromotion.objects.get()
    SearchPromotion.objects.filter(pk=promotion.pk).update(description=ADVERT)
    promotion.refresh_from_db()
    promotion.save(update_fields=["sort_order"])  # no text it reads changes
    with pytest.raises(ContactDetailsRefused, match="phone number"):
        promotion.save()
    assert set(Redirect.objects.values_list("old_path", flat=True)) == {
        "/talk-to-us",
        "/old-contact",
    }


def test_a_redirect_uses_the_trusted_sources_of_its_own_site(home_page):
    other = Site.objects.create(
        hostname="cymraeg.riverside-clinic.example", root_page=home_page
    )
    trust("nhs.uk")  # on the default site only
    TrustedSources.objects.create(site=other, domains="gig.cymru")

    Redirect.add_redirect("/nhs", "https://www.nhs.uk/", site=home_page.get_site())
    Redirect.add_redirect("/gig", "https://111.gig.cymru/", site=other)
    with pytest.raises(ContactDetailsRefused, match="www.nhs.uk"):
        Redirect.add_redirect("/nhs", "https://www.nhs.uk/", site=other)
    with pytest.raises(ContactDetailsRefused, match="gig.cymru"):
        Redirect.add_redirect("/gig", "https://111.gig.cymru/")


def test_the_audit_lists_promotions_and_redirects_saved_before_the_rule(
    contact_page, capsys
):
    # bulk_create sends no pre_save: rows saved before the rule existed.
    (promotion,) = SearchPromotion.objects.bulk_create(
        [
            SearchPromotion(
                query=Query.get("price"),
                external_link_url=SHOP,
                external_link_text="Pharma shop",
            )
        ]
    )
    (redirect,) = Redirect.objects.bulk_create(
        [
            Redirect(old_path="/order", redirect_link="mailto:orders@pharma.example"),
            Redirect(old_path="/talk-to-us", redirect_page=contact_page),
        ]
    )[:1]

    with pytest.raises(CommandError) as failed:
        call_command("audit_contact_details")

    assert failed.value.returncode == 1
    assert "2 contact detail(s)" in str(failed.value)
    assert capsys.readouterr().out.splitlines() == [
        f"Promoted search result “price - Pharma shop” (id {promotion.pk}), live, "
        f"External link URL: the website “{SHOP}”",
        f"Redirect “/order” (id {redirect.pk}), live, Redirect to any URL: the "
        "email address “mailto:orders@pharma.example”",
    ]
