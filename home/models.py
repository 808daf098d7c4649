"""The site shell: home page, contact page, standard pages and clinic settings."""

import hashlib
import logging
import re
import smtplib

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail as send_admin_mail
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from contactrules.models import (
    ClinicContacts,
    ContactRuleChildMixin,
    ContactRuleMixin,
    allowed_for,
)
from pagecache.cache import cached_for_generation
from security.protection import is_rate_limited
from seo.models import ShareImageMixin
from seo.structured_data import site_root_url, web_page

from .blocks import SignpostStreamBlock
from .colours import brand_palette, brand_problem
from .forms import BrandColourInput, ClinicFormBuilder, ContactSubmissionsListView
from .structured_data import medical_clinic
from .wording import ClinicWording

logger = logging.getLogger(__name__)

# Rich text for short, editor-written passages on the site's own pages.
INTRO_FEATURES = ["bold", "italic", "link"]
STANDARD_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


def validate_brand_colour(value: str) -> None:
    if problem := brand_problem(value):
        raise ValidationError(problem)


@register_setting(icon="site")
class ClinicSettings(ContactRuleMixin, BaseSiteSetting):
    """The clinic's own contact details, brand and the site-wide urgent-help notice."""

    # Brand
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The clinic's logo, shown in the header instead of the name (screen readers read the name).",
    )
    brand_colour = models.CharField(
        max_length=7,
        blank=True,
        validators=[validate_brand_colour],
        help_text=(
            "The clinic's main colour, written as # and six letters or digits, for "
            "example #005a9c (ask whoever made the logo). It must be dark enough for "
            "everyone to read links in it and white text on it; the site works out "
            "the lighter and darker shades it needs. Leave blank for the site's own blue."
        ),
    )

    # Contact details
    clinic_name = models.CharField(
        max_length=120,
        blank=True,
        help_text="The clinic's name as patients know it. Shown in the header and footer.",
    )
    phone = models.CharField(
        max_length=40,
        blank=True,
        help_text="The clinic's own phone number, for example 020 7946 0000.",
    )
    email = models.EmailField(
        blank=True,
        help_text="The clinic's public email address. Contact form messages are sent here.",
    )
    address = models.TextField(
        blank=True,
        help_text="Postal address, one line per row.",
    )
    opening_hours = models.TextField(
        blank=True,
        help_text="One line per row, for example 'Monday to Friday: 9am to 5pm'.",
    )

    # Urgent help
    emergency_number = models.CharField(
        max_length=20,
        blank=True,
        help_text="The national emergency number where the clinic is, for example 999, 911 or 112.",
    )
    urgent_advice_line = models.CharField(
        max_length=80,
        blank=True,
        help_text=(
            "An urgent but non-emergency advice service and its number, "
            "for example 'NHS 111' or a local crisis line."
        ),
    )
    urgent_notice_enabled = models.BooleanField(
        default=True,
        help_text="Show the 'Need urgent help?' notice at the top of every page.",
    )
    urgent_notice_text = models.CharField(
        max_length=240,
        blank=True,
        default="If you or someone else is in danger, or you feel unable to keep yourself safe, get help now.",
        help_text=(
            "The wording of the 'Need urgent help?' notice at the top of every page. "
            "The emergency number and advice line above are added after it."
        ),
    )
    # Sharing
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Shown when a page without its own share image is shared in a message or "
            "on social media. Landscape, at least 1200 × 630 pixels works best."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("clinic_name"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("address"),
                FieldPanel("opening_hours"),
            ],
            heading="Contact details",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("emergency_number"), FieldPanel("urgent_advice_line")]
                ),
                FieldPanel("urgent_notice_enabled"),
                FieldPanel(
                    "urgent_notice_text", widget=forms.Textarea(attrs={"rows": 3})
                ),
            ],
            heading="Urgent help",
        ),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldPanel("brand_colour", widget=BrandColourInput),
            ],
            heading="Brand",
        ),
        MultiFieldPanel([FieldPanel("default_share_image")], heading="Sharing"),
    ]

    class Meta:
        verbose_name = "Clinic settings"

    def __str__(self):
        return self.clinic_name or "Clinic settings"

    def own_contacts(self) -> ClinicContacts:
        """The numbers and email the contact details rule lets patients see."""
        return ClinicContacts(
            phone_texts=[self.phone, self.emergency_number, self.urgent_advice_line],
            emails=[self.email],
        )

    def contact_rule_allowed(self):
        # Checked against the details being saved: its own numbers are allowed.
        return allowed_for(self.site if self.site_id else None, self.own_contacts())

    @classmethod
    def for_request(cls, request):
        """The site's settings, kept in the page cache until the next change.

        Every page shows them; saving them starts a new cache generation.
        """
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            instance = cached_for_generation(
                f"clinic-settings:{site.pk}", lambda: cls._for_site_with_logo(site)
            )
            instance._request = request
            setattr(request, attr_name, instance)
        return getattr(request, attr_name)

    @classmethod
    def _for_site_with_logo(cls, site):
        instance = cls.for_site(site)
        instance.logo  # noqa: B018 (fetched now, so the cached copy holds it)
        return instance

    @property
    def site_name(self) -> str:
        """The name search engines and link previews show (seo.meta.SiteIdentity)."""
        return self.clinic_name

    def organisation(self, root_url: str) -> dict | None:
        """The clinic as a schema.org MedicalClinic (seo.meta.SiteIdentity)."""
        return medical_clinic(self, root_url)

    @property
    def brand_palette(self):
        """Accessible shades of the brand colour, or None for the site's own."""
        return brand_palette(self.brand_colour) if self.brand_colour else None

    @property
    def brand_version(self) -> str:
        """Changes with the colour: the brand stylesheet's address carries it."""
        return hashlib.sha256(self.brand_colour.lower().encode()).hexdigest()[:12]

    @property
    def phone_href(self) -> str:
        """A tel: link for the phone number, or "" while it is blank."""
        return _tel_href(self.phone)

    @property
    def emergency_href(self) -> str:
        return _tel_href(self.emergency_number)

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @property
    def opening_hours_lines(self) -> list[str]:
        return [
            line.strip() for line in self.opening_hours.splitlines() if line.strip()
        ]

    def wording(self, field: str) -> str:
        """`field`'s patient-facing text in the visitor's language: Clinic wording
        for that language where it is filled in, else this setting's text."""
        return ClinicWording.for_language(get_language()).get(field) or getattr(
            self, field
        )

    @property
    def urgent_notice_wording(self) -> str:
        return self.wording("urgent_notice_text")

    @property
    def opening_hours_wording(self) -> list[str]:
        text = self.wording("opening_hours")
        return [line.strip() for line in text.splitlines() if line.strip()]


def _tel_href(number: str) -> str:
    # "+44 (0)20 …": the bracketed trunk zero is not dialled after a country code.
    digits = re.sub(r"[^\d+]", "", (number or "").replace("(0)", ""))
    return f"tel:{digits}" if re.search(r"\d{3}", digits) else ""


class HomePage(ContactRuleMixin, ShareImageMixin, Page):
    """The front page: a welcome, a call to contact the clinic, and chosen articles."""

    # Welcome
    intro = RichTextField(
        features=INTRO_FEATURES,
        blank=True,
        help_text="A short welcome, two or three sentences, shown under the title.",
    )
    # Call to action
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page the 'Contact the clinic' button links to.",
    )
    contact_cta_text = models.CharField(
        max_length=80,
        default="Contact the clinic",
        help_text="The wording of the contact button.",
    )
    # Featured articles
    featured_heading = models.CharField(
        max_length=80,
        default="Popular topics",
        help_text="Heading above the featured article cards.",
    )
    # Signposts
    signposts = StreamField(
        SignpostStreamBlock(),
        blank=True,
        use_json_field=True,
        help_text="Teaser cards linking to other parts of the site, such as the FAQs and myths pages.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [PageChooserPanel("contact_page"), FieldPanel("contact_cta_text")],
            heading="Call to action",
        ),
        MultiFieldPanel(
            [
                FieldPanel("featured_heading"),
                InlinePanel("featured_articles", label="Featured article"),
            ],
            heading="Featured articles",
        ),
        FieldPanel("signposts"),
    ]

    description_fields = ("intro",)
    # The home page leads to the information; search finds the information itself.
    excluded_from_search = True

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "articles.ArticleIndexPage",
        "articles.AToZPage",
        "faq.FAQPage",
        "faq.MythsPage",
        "home.ContactPage",
        "home.StandardPage",
        "search.SearchPage",
    ]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # A preview shows the editor's unsaved choice.
            context["featured_articles"] = self.get_featured_articles()
        else:
            # The live choice changes only when something is published.
            context["featured_articles"] = cached_for_generation(
                f"featured-articles:{self.pk}", self.get_featured_articles
            )
        return context

    def structured_data(self, request, clinic) -> list[dict]:
        root = site_root_url(self, request)
        return [
            web_page(self, request, clinic),
            clinic.organisation(root) if clinic else None,
        ]

    def get_featured_articles(self) -> list[Page]:
        """The chosen articles that are live and public, in the editor's order."""
        chosen = list(self.featured_articles.values_list("page_id", flat=True))
        pages = Page.objects.live().public().filter(pk__in=chosen).specific().in_bulk()
        return [pages[pk] for pk in chosen if pk in pages]


class HomePageFeaturedArticle(Orderable):
    """An article shown as a card on the home page."""

    home_page = ParentalKey(HomePage, related_name="featured_articles")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="An article to feature on the home page.",
    )

    panels = [
        PageChooserPanel("page", ["articles.ArticlePage", "articles.MedicinePage"])
    ]


class StandardPage(ContactRuleMixin, ShareImageMixin, Page):
    """A plain page for About, Privacy and Accessibility statements."""

    intro = models.TextField(
        blank=True,
        help_text="One or two sentences summarising the page, shown under the title.",
    )
    body = RichTextField(
        features=STANDARD_FEATURES,
        blank=True,
        help_text="The page text. Use headings to break it into sections.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    description_fields = ("intro", "body")

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]


class ContactFormField(ContactRuleChildMixin, AbstractFormField):
    """One field of the contact form, built in the admin."""

    page = ParentalKey(
        "ContactPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    # The field's name in the form's HTML, made from its label: never shown.
    contact_rule_skip_fields = ("clean_name",)


class ContactPage(ContactRuleMixin, ShareImageMixin, AbstractEmailForm):
    """The clinic's contact details (from Clinic settings) and an enquiry form."""

    intro = RichTextField(
        features=INTRO_FEATURES,
        blank=True,
        help_text="Shown above the contact details, for example how soon the clinic replies.",
    )
    privacy_notice = RichTextField(
        features=INTRO_FEATURES,
        blank=True,
        help_text=(
            "Shown above the form, after the fixed warning not to send medical details "
            "and what to do in an emergency. For example, who reads messages."
        ),
    )
    thank_you_text = RichTextField(
        features=INTRO_FEATURES,
        blank=True,
        help_text="Shown after a message is sent.",
    )

    # The form's own addresses and email subject are never shown to patients.
    contact_rule_skip_fields = ("to_address", "from_address", "subject")
    # What the form's fields say (label, help text, choices, default value) is.
    contact_rule_child_relations = ("form_fields",)

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("privacy_notice"),
        InlinePanel("form_fields", label="Form field"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel("to_address"),
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("subject")]),
            ],
            heading="Email",
        ),
    ]

    description_fields = ("intro",)
    excluded_from_search = True

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    form_builder = ClinicFormBuilder
    submissions_list_view_class = ContactSubmissionsListView
    # Its empty form is kept in the page cache with a placeholder for the CSRF
    # token; each visitor gets their own token and cookie (pagecache/tokens.py).
    page_cache_csrf = True

    def structured_data(self, request, clinic) -> list[dict]:
        root = site_root_url(self, request)
        return [
            web_page(self, request, clinic, "ContactPage"),
            clinic.organisation(root) if clinic else None,
        ]

    def get_recipients(self) -> list[str]:
        """The page's own addresses if set, otherwise the clinic's email setting."""
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",")]
        clinic = ClinicSettings.for_site(self.get_site())
        return [clinic.email] if clinic.email else []

    def serve(self, request, *args, **kwargs):
        """Wagtail's form handling, plus the honeypot and the per-address rate limit."""
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            if form.honeypot_tripped:
                # Looks like success to the bot; nothing is stored or sent.
                logger.info("Contact form honeypot filled in; message dropped")
                return self.render_landing_page(request, None, *args, **kwargs)
            limit, window = settings.CONTACT_FORM_RATE_LIMIT
            if not is_rate_limited(request, "contact-form", limit, window):
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            form.add_error(
                None,
                "You have sent several messages in a short time, so this one has not "
                "been sent yet. Please wait an hour and try again, or phone the clinic.",
            )
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(
            request, self.get_template(request), context, status=status
        )

    def process_form_submission(self, form):
        """Store the message, then email the clinic; a mail failure loses nothing."""
        submission = self.get_submission_class().objects.create(
            form_data=form.cleaned_data, page=self
        )
        if self.get_recipients():
            try:
                self.send_mail(form)
            except (OSError, smtplib.SMTPException):
                logger.exception(
                    "Could not email contact form submission %s", submission.pk
                )
        return submission

    def send_mail(self, form):
        """Tell the clinic a message arrived, without anything the sender wrote.

        Mailboxes are less private than the admin, so the email carries neither the
        message nor the sender's name or address (not even as Reply-To): only a link
        to the submissions, where the Reception group reads them.
        """
        send_admin_mail(
            self.notification_subject(),
            self.render_email(form),
            self.get_recipients(),
            self.from_address,
        )

    def notification_subject(self) -> str:
        subject = self.subject or f"New message from the {self.title.lower()} form"
        # One line, whatever an editor typed: no header can be added through it.
        return " ".join(re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", " ", subject).split())

    def render_email(self, form) -> str:
        submissions_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailforms:list_submissions", args=[self.pk]
        )
        return (
            f'A new message has been sent through the "{self.title}" form on the '
            "clinic website.\n\n"
            "To keep it private, the message is not included in this email. "
            "Sign in to read it:\n"
            f"{submissions_url}\n"
        )
