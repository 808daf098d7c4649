"""The search page renders in a bounded number of queries, however many results."""

import pytest

from conftest import publish
from search.models import SearchPage

pytestmark = pytest.mark.django_db

TEMPLATE = "search/search_page.html"


def test_search_queries_do_not_grow_with_results(
    home_page,
    article_page,
    make_faq,
    make_myth,
    faq_page,
    myths_page,
    count_queries,
    settings,
):
    # As in production: the popular searches report is written once a minute,
    # not by each search (search.hits.record_search).
    settings.SEARCH_HITS_WRITE_SECONDS = 60
    publish(home_page, SearchPage(title="Search", slug="search"))
    article_page(title="Ketamine basics")
    make_faq("Is ketamine safe?", "<p>Ketamine is safe with monitoring.</p>")
    make_myth("Ketamine is only a party drug.", "Ketamine is a licensed medicine.")
    few = count_queries(
        "/search/?q=ketamine",
        TEMPLATE,
        contains=["1 result for", "Ketamine</mark> basics"],
    )
    for n in range(8):
        article_page(title=f"Ketamine article {n}")
        make_faq(f"Ketamine question {n}?", "<p>About ketamine.</p>")
        make_myth(f"Ketamine myth {n}", "Ketamine fact.")
    assert (
        count_queries(
            "/search/?q=ketamine", TEMPLATE, contains=["9 results for", "article 7"]
        )
        == few
    )
    # The page and its view restrictions, and one backend search each for
    # pages, FAQs and myth cards (was 20 before issue 13),
    # plus the Locale of the language searched.
    assert few <= 7
