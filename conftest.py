"""Shared fixtures and helpers: the home page, small page and snippet builders,
JSON-LD and <head> parsers, public pages and admin messages, the clinical review
workflow and its users, property-test inputs, and the browser."""

import json
import os
import re
import secrets
import socket
import subprocess
import time
from collections.abc import Iterable
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pytest_django.asserts import assertContains, assertTemplateUsed
from wagtail.contrib.forms.models import FormSubmission
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from articles.models import ArticleIndexPage, ArticlePage, MedicinePage
from contactrules.models import TrustedSources
from faq.models import FAQ, FAQPage, MythCard, MythsPage
from home.models import ClinicSettings, ContactFormField, ContactPage, HomePage
from pagecache.cache import _outage_copies
from reviews.models import Reviewer
from search import hits
from security import protection
from security.protection import HONEYPOT_FIELD

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in the test thread; Django's
# async-safety check would otherwise refuse database access in browser tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive the system Chromium: Playwright cannot download a browser here."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="module")
def browser_database(django_db_setup, django_db_blocker, playwright):
    """Let browser tests restore the migrated home page and Site after each flush.

    Browser tests run in transactions that end with a flush, and serialized_rollback
    brings back what migrations made (the HomePage and its Site). Once Playwright
    runs its event loop in this thread, Django hands the thread a new database
    connection; if other tests set the database up before that, the copy saved for
    serialized_rollback sits on the old connection, so it is saved again here.
    """

    with django_db_blocker.unblock():
        if not hasattr(connection, "_test_serialized_contents"):
            if not Site.objects.filter(is_default_site=True).exists():
                raise RuntimeError("the test database has no default Site to keep")
            connection._test_serialized_contents = (
                connection.creation.serialize_db_to_string()
            )


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test starts with no stored pages: URLs repeat from test to test."""

    caches[settings.PAGE_CACHE_ALIAS].clear()
    _outage_copies.clear()


@pytest.fixture(autouse=True)
def steady_rate_limit_clock(monkeypatch):
    """Within a test, the rate limits' clock stands still.

    The limits count requests in fixed windows of the clock (security.protection),
    so a test whose requests straddled a window's end would start counting again
    and get a 200 where it expects a 429. Tests of the window itself move it.
    """
    now = time.time()
    monkeypatch.setattr(protection, "time", SimpleNamespace(time=lambda: now))


@pytest.fixture(autouse=True)
def no_searches_counted_yet():
    """Each test starts with no searches counted in memory (search.hits): an
    earlier test's searches would otherwise be written into this test's report."""
    with hits._pending_lock:
        hits._pending_hits.clear()


@pytest.fixture
def no_page_cache(settings):
    """Render every request afresh, for tests that count a page's queries."""
    settings.PAGE_CACHE_SECONDS = 0  # Django caches treat 0 as "do not store"


@pytest.fixture
def count_queries(client, no_page_cache):
    """count_queries(url, template=..., contains=[...]): queries to render url
    afresh, after one warm-up request.

    The measured response must be a 200 rendered with template and showing each
    text in contains, so an error page or an empty page cannot pass for a cheap one.
    """

    def count(url: str, template: str, contains: Iterable[str] = ()) -> int:
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        assertTemplateUsed(response, template)
        for text in contains:
            assertContains(response, text)
        return len(queries)

    return count


@pytest.fixture
def home_page(db) -> HomePage:
    """The HomePage made by home's data migration, as the default site's root."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def clinic_settings(home_page) -> ClinicSettings:
    return ClinicSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def clinic(clinic_settings) -> ClinicSettings:
    """Clinic settings filled in: name, phone, email, address and opening hours."""
    clinic_settings.clinic_name = "Riverside Clinic"
    clinic_settings.phone = "0800 000 0000"
    clinic_settings.email = "hello@example.com"
    clinic_settings.address = "1 River Street\nTownsville\nAB1 2CD"
    clinic_settings.opening_hours = (
        "Monday to Friday: 9am to 5pm\nSaturday 10:00–13:00\nClosed on bank holidays"
    )
    clinic_settings.save()
    return clinic_settings


def expected_status(path: str) -> int:
    """What an address of the demo site should answer: the missing page 404, the rest 200."""
    return 404 if path == "/no-such-page/" else 200


JSON_LD_SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld_graph(response) -> dict[str, list[dict]]:
    """The page's JSON-LD nodes by @type; exactly one script, parsed as JSON."""
    assert response.status_code == 200
    scripts = JSON_LD_SCRIPT.findall(response.content.decode())
    assert len(scripts) == 1
    document = json.loads(scripts[0])
    assert document["@context"] == "https://schema.org"
    nodes: dict[str, list[dict]] = {}
    for node in document["@graph"]:
        nodes.setdefault(node["@type"], []).append(node)
    return nodes


def json_ld_strings(value):
    """Every string in a JSON-LD value, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from json_ld_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_ld_strings(item)


class HeadParser(HTMLParser):
    """The <title>, <meta> and <link> tags of a page's head."""

    def __init__(self):
        super().__init__()
        self.title = ""
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content")
        elif tag == "link" and attrs.get("rel") in {"canonical", "alternate"}:
            self.links[attrs["rel"]] = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def page_head(response) -> HeadParser:
    """The head of a page answered with 200."""
    assert response.status_code == 200
    parser = HeadParser()
    html = response.content.decode()
    parser.feed(html[: html.index("</head>")])
    return parser


def public_text(client, url: str) -> str:
    """The page at url as a patient sees it (logged out), answered with 200, its
    white space folded."""
    client.logout()
    response = client.get(url)
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


def messages_of(response) -> list[str]:
    """The messages (django.contrib.messages) the user is shown after response."""
    return [str(message) for message in response.wsgi_request._messages]


# Property tests of the public forms and search: hostile and arbitrary input.
HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "\r\nBcc: victim@example.com",
    "sam@example.test\r\nBcc: victim@example.com",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "' OR 1=1 --",
    "\x00\x1b[31m\u202e\u2028",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ ünïcödé 中文 العربية",
    "A" * 10_000,
]
fuzz_text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=6000))

fuzz = hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def no_rate_limit(settings):
    """Let property tests post as often as they like."""
    settings.CONTACT_FORM_RATE_LIMIT = (1_000_000, 60)
    cache.clear()


def assert_escaped(body: str, values) -> None:
    """No value that carries markup appears unescaped in body."""
    for value in values:
        # Markup would start with "<"; a value that is only "&"-escaped could
        # appear inside its own escaped form, so only "<" values are checked.
        if isinstance(value, str) and len(value) > 3 and "<" in value:
            assert value not in body, f"unescaped: {value[:60]!r}"


def list_block(values) -> dict:
    """Admin form data for a ListBlock, in the shape of Wagtail's `streamfield` helper."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def article_index(home_page) -> ArticleIndexPage:
    return publish(
        home_page, ArticleIndexPage(title="Health information", slug="articles")
    )


@pytest.fixture
def image(db):
    """A small real image in the media library."""

    return Image.objects.create(title="Clinic waiting room", file=get_test_image_file())


def publish_snippet(snippet):
    """Save an FAQ or myth card as a draft, then publish it, as the admin does."""
    snippet.live = False
    snippet.save()
    snippet.save_revision().publish()
    snippet.refresh_from_db()
    return snippet


def trust(*domains: str) -> None:
    """Add websites to Settings › Trusted sources (the contact details rule)."""
    trusted = TrustedSources.for_site(Site.objects.get(is_default_site=True))
    trusted.domains = "\n".join([*trusted.domains.split(), *domains])
    trusted.save()


@pytest.fixture
def make_faq(db):
    def make(
        question="How long does a session take?",
        answer="<p>Most of an afternoon.</p>",
        **fields,
    ):
        return publish_snippet(FAQ(question=question, answer=answer, **fields))

    return make


@pytest.fixture
def make_myth(db):
    def make(
        myth="It is only used recreationally.",
        fact="It is a licensed anaesthetic.",
        **fields,
    ):
        fields.setdefault("explanation", "<p>Hospitals have used it for decades.</p>")
        return publish_snippet(MythCard(myth=myth, fact=fact, **fields))

    return make


SAMPLE_BODY = [
    ("heading", {"text": "What it is", "level": "h2"}),
    (
        "paragraph",
        RichText("<p>A medicine used in hospitals for anaesthesia and pain.</p>"),
    ),
    ("heading", {"text": "How it is given", "level": "h2"}),
    ("paragraph", RichText("<p>Only by trained staff, who watch you throughout.</p>")),
    ("heading", {"text": "What the evidence says", "level": "h3"}),
    (
        "list",
        {
            "style": "bulleted",
            "items": [
                RichText("<p>It can act quickly.</p>"),
                RichText("<p>Effects may not last.</p>"),
            ],
        },
    ),
    ("heading", {"text": "Side effects", "level": "h2"}),
    (
        "callout",
        {
            "kind": "warning",
            "title": "",
            "text": RichText("<p>Do not drive after treatment.</p>"),
        },
    ),
    ("heading", {"text": "What the evidence says", "level": "h3"}),
    ("paragraph", RichText("<p>Most side effects pass within hours.</p>" * 20)),
]


@pytest.fixture
def article_page(article_index):
    """Build and publish an article under the article index: article_page(title=..., ...)."""

    def make(title="Understanding the treatment", **fields):
        fields.setdefault(
            "summary", "What the treatment is, how it is given and its risks."
        )
        fields.setdefault(
            "key_points", [("point", "It is given only by trained staff.")]
        )
        fields.setdefault("body", list(SAMPLE_BODY))
        tags = fields.pop("tags", [])
        page = ArticlePage(title=title, **fields)
        article_index.add_child(instance=page)
        if tags:
            page.tags.add(*tags)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def faq_page(home_page, make_faq) -> FAQPage:
    faqs = [
        make_faq(
            "Can I drive home afterwards?",
            "<p>No. Arrange for someone to take you home.</p>",
        ),
        make_faq(
            "Will I feel strange?", "<p>You may feel detached for a short while.</p>"
        ),
    ]
    page = FAQPage(
        title="Frequently asked questions",
        slug="faqs",
        body=[("faq_group", {"heading": "After treatment", "faqs": faqs})],
    )
    return publish(home_page, page)


@pytest.fixture
def myths_page(home_page, make_myth) -> MythsPage:
    page = MythsPage(
        title="Myths and facts",
        slug="myths",
        body=[("myth_cards", {"heading": "Common myths", "myths": [make_myth()]})],
    )
    return publish(home_page, page)


CONTACT_FIELDS = [
    ("Your name", "singleline", True),
    ("Your email address", "email", True),
    ("Phone number", "singleline", False),
    ("Your message", "multiline", True),
    ("I agree to the clinic storing this message", "checkbox", True),
]


@pytest.fixture
def contact_page(home_page) -> ContactPage:
    page = publish(
        home_page,
        ContactPage(
            title="Contact the clinic",
            slug="contact",
            privacy_notice="<p>Do not send medical details. In an emergency, call the emergency number.</p>",
        ),
    )
    for order, (label, field_type, required) in enumerate(CONTACT_FIELDS):
        ContactFormField.objects.create(
            page=page,
            sort_order=order,
            label=label,
            field_type=field_type,
            required=required,
        )
    return page


def contact_message(**overrides):
    """Contact form data for a valid message, as the test CONTACT_FIELDS name them."""
    data = {
        "your_name": "Sam Patient",
        "your_email_address": "sam@example.test",
        "phone_number": "0800 000 0000",
        "your_message": "Do you have appointments on Saturdays?",
        "i_agree_to_the_clinic_storing_this_message": "on",
        HONEYPOT_FIELD: "",
    }
    return {**data, **overrides}


def stored_messages(page) -> list[dict]:
    """The data of each message stored for the contact page."""
    return [s.get_data() for s in FormSubmission.objects.filter(page=page)]


def free_ports(count: int) -> list[int]:
    """Distinct loopback ports nothing listens on (held open together while chosen)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def free_port() -> int:
    return free_ports(1)[0]


def start_redis(directory) -> tuple[subprocess.Popen, str]:
    """A private redis-server on a free loopback port; returns (process, url)."""
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port)]
        + ["--dir", str(directory), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"redis-server did not start on port {port}")


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """The Redis that `make test` started (TEST_REDIS_URL), or a private one."""
    if os.environ.get("TEST_REDIS_URL"):
        yield os.environ["TEST_REDIS_URL"]
        return
    process, url = start_redis(tmp_path_factory.mktemp("redis"))
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def closed_port_url() -> str:
    """A Redis URL where nothing listens: Redis is down."""
    return f"redis://127.0.0.1:{free_port()}/0"


STRONG_KEY = secrets.token_urlsafe(50)


def production_database_url(tmp_path) -> str:
    """SQLite in tmp_path; in make test's PostgreSQL pass, the private server's
    own `clinic` database (the tests use test_clinic), never any other."""
    test_url = os.environ.get("TEST_DATABASE_URL")
    if test_url and os.environ.get("DATABASE_URL") == test_url:
        return test_url
    return f"sqlite:///{tmp_path / 'db.sqlite3'}"


def production_env(tmp_path, **env) -> dict:
    """A clinic server's environment: production settings, nginx in front."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.pop("DATABASE_URL", None)
    clean.pop("REDIS_URL", None)
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.production",
        "DJANGO_SECRET_KEY": STRONG_KEY,
        "DJANGO_ALLOWED_HOSTS": "clinic.example.org",
        "DATABASE_URL": production_database_url(tmp_path),
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "TRUSTED_PROXY_COUNT": "1",
        **env,
    }


@pytest.fixture
def medicine_page(article_index):
    """Build and publish a medicine page under the article index: medicine_page(title=..., ...)."""

    def make(title="Examplamine", **fields):
        fields.setdefault(
            "summary", "A medicine used in hospitals for anaesthesia and pain."
        )
        fields.setdefault("medicine_type", "Anaesthetic")
        fields.setdefault("what_it_is", "<p>A medicine given by trained staff.</p>")
        fields.setdefault("side_effects", "<p>Feeling sick, which soon passes.</p>")
        return publish(article_index, MedicinePage(title=title, **fields))

    return make


# Clinical review -------------------------------------------------------------


@pytest.fixture
def clinical_review(home_page):
    """The Editors and Clinical reviewers groups and the Clinical review workflow."""
    call_command("setup_clinical_review", stdout=None)


@pytest.fixture
def editor(clinical_review, django_user_model):
    """An editor: drafts health content and submits it for review."""
    user = django_user_model.objects.create_user(
        "robin", "robin@example.com", "pw", first_name="Robin"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def clinician(clinical_review, django_user_model):
    """A clinical reviewer, linked to a Reviewer: approves and publishes health content."""
    user = django_user_model.objects.create_user("sam", "sam@example.com", "pw")
    user.groups.add(Group.objects.get(name="Clinical reviewers"))
    Reviewer.objects.create(
        name="Dr Sam Example", credentials="MB ChB, MRCPsych", user=user
    )
    return user


# More than one language ------------------------------------------------------
#
# Tests run with one language, as CLINIC_LANGUAGES's default (a clinic that wants
# one language sees no change). A test that needs a second language takes
# `languages("es")`: it overrides LANGUAGES and WAGTAIL_CONTENT_LANGUAGES through
# pytest-django's `settings` (which sends setting_changed, so Django empties its
# lru caches of languages: get_languages, get_supported_language_variant,
# check_for_language, and Wagtail its get_content_languages) and makes the Locale
# rows, as migrate does for CLINIC_LANGUAGES. The URL patterns need no reloading:
# i18n_patterns is always in clinic_site/urls.py, and LocalePrefixPattern reads
# the active language on each request, so `is_language_prefix_patterns_used`
# (cached per URLconf) is the same whatever the languages. Wagtail keeps each
# site's root paths (one per translation of the home page) in the default cache,
# so it is emptied whenever a test translates a home page (`translate`).


@pytest.fixture
def languages(settings, db):
    """languages("es", "ar"): the default language plus these, each with its Locale."""

    def configure(*codes: str) -> dict[str, Locale]:
        chosen = [settings.LANGUAGE_CODE, *codes]
        pairs = [(code, code) for code in chosen]
        settings.LANGUAGES = pairs
        settings.WAGTAIL_CONTENT_LANGUAGES = pairs
        return {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in chosen
        }

    return configure


@pytest.fixture
def spanish_demo(settings, home_page):
    """The demo content (load_demo_content) in English and Spanish."""
    pairs = [("en-gb", "English"), ("es", "Spanish")]
    settings.LANGUAGES = pairs
    settings.WAGTAIL_CONTENT_LANGUAGES = pairs
    Locale.objects.get_or_create(language_code="es")
    call_command("load_demo_content", stdout=None)


@pytest.fixture
def reviewer_user(django_user_model):
    """An administrator linked to a Reviewer (a clinician), so allowed to publish
    any page: only such a user may publish health content (reviews/publishing.py),
    translations included."""
    user = django_user_model.objects.create_superuser(
        "dr-translation", "dr-translation@example.com", "pw"
    )
    Reviewer.objects.create(name="Dr Lee Example", user=user)
    return user


@pytest.fixture
def translate(reviewer_user):
    """translate(page_or_snippet, locale, **fields): a translation, changed by
    `fields` and published by a clinical reviewer. Pages' parents must be
    translated first (the home page before the pages under it)."""

    def make(original, locale: Locale, **fields):
        translation = original.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(translation, name, value)
        if hasattr(translation, "live") and not hasattr(translation, "depth"):
            translation.live = False
        translation.save()
        translation.save_revision(user=reviewer_user).publish(user=reviewer_user)
        translation.refresh_from_db()
        cache.clear()  # Wagtail's site root paths (one per home page translation)
        return translation

    return make


@pytest.fixture
def faq_page_with_spanish(home_page, make_faq, translate):
    """faq_page_with_spanish(es, (question, answer), (pregunta, respuesta)): an
    FAQ and its Spanish translation, on an FAQ page at /faqs/ and its Spanish
    translation at /es/faqs/; returns (faq, faq_es). Spanish and the Spanish home
    page must be set up first (`languages("es")`, then `translate(home_page, es)`)."""

    def make(es: Locale, english: tuple[str, str], spanish: tuple[str, str]):
        faq = make_faq(*english)
        question, answer = spanish
        faq_es = translate(faq, es, question=question, answer=answer)
        page = publish(
            home_page,
            FAQPage(
                title="FAQs",
                slug="faqs",
                body=[("faq_group", {"heading": "After", "faqs": [faq]})],
            ),
        )
        translate(
            page,
            es,
            title="Preguntas frecuentes",
            body=[("faq_group", {"heading": "Después", "faqs": [faq_es]})],
        )
        return faq, faq_es

    return make
