"""Build the demo clinic site on a new installation.

It only ever writes into an empty site: once the home page has any child page
(the demo's or an editor's), it changes nothing, so `make run` can call it every
time without bringing back what an editor deleted or renamed.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from articles.models import ArticleIndexPage, ArticlePage, AToZPage, MedicinePage
from contactrules.models import TrustedSources
from contactrules.rule import clean_domain
from demo import content as demo
from demo.translations import load_translations
from faq.models import FAQ, FAQPage, MythCard, MythsPage
from home.models import (
    ClinicSettings,
    ContactFormField,
    ContactPage,
    HomePage,
    StandardPage,
)
from home.permissions import ensure_reception_group
from reviews.due import reviewed_page_models
from reviews.models import Reviewer
from richtext.text import clean_rich_text_fields
from search.models import SearchPage

CONTACT_FORM_FIELDS = [
    {
        "label": "Your name",
        "clean_name": "name",
        "field_type": "singleline",
        "required": True,
    },
    {
        "label": "Your email address",
        "clean_name": "email",
        "field_type": "email",
        "required": True,
        "help_text": "We will only use this to reply to you.",
    },
    {
        "label": "Phone number",
        "clean_name": "phone",
        "field_type": "singleline",
        "required": False,
        "help_text": "If you would like us to call you back.",
    },
    {
        "label": "Your message",
        "clean_name": "message",
        "field_type": "multiline",
        "required": True,
        "help_text": "Please do not include medical details.",
    },
    {
        "label": "I agree to the clinic storing this message so that it can reply to me.",
        "clean_name": "consent",
        "field_type": "checkbox",
        "required": True,
    },
]


class Command(BaseCommand):
    help = "Load the demo clinic site (home, articles, FAQs, myths, contact and statement pages)."

    @transaction.atomic
    def handle(self, *args, **options):
        self.created = []
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError(
                "The default site's root page is not a HomePage, so there is nowhere to load the demo."
            )
        if home.get_children().exists():
            self.stdout.write(
                "The site already has pages, so the demo content was not loaded; nothing changed."
            )
            return

        reviewer = self.get_or_create_reviewer(demo.REVIEWER)
        # The sites the references cite, so that pages may link to them.
        trusted = TrustedSources.for_site(site)
        trusted.domains = "\n".join(
            sorted({clean_domain(ref["link"]) for ref in demo.REFERENCES.values()})
        )
        trusted.save()

        faqs = {
            item["slug"]: self.get_or_create_snippet(
                FAQ, {**item, **self.review(reviewer, "faqs")}
            )
            for item in demo.FAQS
        }
        myths = {
            item["slug"]: self.get_or_create_snippet(
                MythCard, {**item, **self.review(reviewer, "myths")}
            )
            for item in demo.MYTHS
        }

        index = self.child(
            home,
            ArticleIndexPage,
            slug="articles",
            title="Health information",
            intro="<p>Plain-language articles about the treatments the clinic offers.</p>",
            show_in_menus=True,
        )
        articles = [
            self.child(
                index,
                ArticlePage,
                slug=item["slug"],
                title=item["title"],
                summary=item["summary"],
                key_points=[("point", point) for point in item["key_points"]],
                body=[self.body_block(block, faqs, myths) for block in item["body"]],
                tags=item["topics"],
                **self.review(reviewer, "articles"),
                references=self.references(item),
            )
            for item in demo.ARTICLES
        ]
        medicines = [
            self.child(
                index,
                MedicinePage,
                **{
                    **item,
                    "care_cards": [
                        self.body_block(("care_cards", item["care_cards"]), faqs, myths)
                    ],
                    "references": self.references(item),
                },
                **self.review(reviewer, "articles"),
            )
            for item in demo.MEDICINES
        ]
        a_to_z = self.child(
            home,
            AToZPage,
            slug="a-to-z",
            title="A to Z",
            intro="<p>Every article and medicine on this website, in alphabetical order.</p>",
            show_in_menus=True,
        )
        faq_page = self.child(
            home,
            FAQPage,
            slug="faqs",
            title=demo.FAQ_PAGE["title"],
            intro=demo.FAQ_PAGE["intro"],
            show_in_menus=True,
            body=[
                ("faq_group", self.faq_group(group, faqs))
                for group in demo.FAQ_PAGE["groups"]
            ],
            **self.review(reviewer, "faqs"),
        )
        myths_page = self.child(
            home,
            MythsPage,
            slug="myths",
            title=demo.MYTHS_PAGE["title"],
            intro=demo.MYTHS_PAGE["intro"],
            show_in_menus=True,
            body=[
                ("myth_cards", self.myth_group(group, myths))
                for group in demo.MYTHS_PAGE["groups"]
            ],
            **self.review(reviewer, "myths"),
        )
        contact = self.child(
            home, ContactPage, slug="contact", show_in_menus=True, **demo.CONTACT_PAGE
        )
        for order, field in enumerate(CONTACT_FORM_FIELDS):
            ContactFormField.objects.create(page=contact, sort_order=order, **field)
        standard_pages = [
            self.child(home, StandardPage, **item) for item in demo.STANDARD_PAGES
        ]
        search = self.child(
            home,
            SearchPage,
            slug="search",
            title="Search",
            show_in_menus=True,
            intro="Search the articles, questions and myth cards on this website.",
        )

        self.set_up_home(home, contact, articles, faq_page, myths_page)
        # The same site in each configured language that has demo texts.
        load_translations(
            self,
            reviewer,
            {
                "home": home,
                "faqs": faqs,
                "myths": myths,
                "index": index,
                "articles": {page.slug: page for page in articles},
                "medicines": {page.slug: page for page in medicines},
                "a_to_z": a_to_z,
                "standard_pages": {page.slug: page for page in standard_pages},
                "faq_page": faq_page,
                "myths_page": myths_page,
                "contact": contact,
                "search": search,
            },
        )
        # The Reception group (made by migrate) may read the new contact form's messages.
        ensure_reception_group()

        call_command("setup_clinical_review", stdout=self.stdout)
        self.demo_users(reviewer)

        # Created blank: the site shows marked placeholders until an editor fills it in.
        ClinicSettings.for_site(site)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {len(self.created)} items: " + ", ".join(self.created)
            )
        )

    def get_or_create_snippet(self, model, fields):
        """The snippet with this slug (an editor may have written it already), or a new
        one, published with its demo review stamp."""
        obj = model.objects.filter(slug=fields["slug"]).first()
        if obj is None:
            obj = model(**fields, live=False)
            clean_rich_text_fields(obj)
            obj.save()
            obj.save_revision().publish()
            self.created.append(f"{model._meta.verbose_name} “{obj}”")
        return obj

    def get_or_create_reviewer(self, fields):
        reviewer = Reviewer.objects.filter(name=fields["name"]).first()
        if reviewer is None:
            reviewer = Reviewer.objects.create(**fields)
            self.created.append(f"reviewer “{reviewer.name}”")
        return reviewer

    def demo_users(self, reviewer):
        """An editor and a clinical reviewer to try the workflow with; no passwords yet."""
        User = get_user_model()
        for username, group, first, last in demo.DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@example.com",
                },
            )
            if created:
                user.set_unusable_password()
                user.save()
                user.groups.add(Group.objects.get(name=group))
                self.created.append(f"user “{username}” ({group})")
            if group == "Clinical reviewers" and reviewer.user_id is None:
                reviewer.user = user
                reviewer.save(update_fields=["user"])
            if group == "Editors":
                # The editor owns the demo health pages, so review reminders reach someone.
                for model in reviewed_page_models():
                    model.objects.filter(owner__isnull=True).update(owner=user)

    def review(self, reviewer, key):
        """Review stamp fields: the next review date follows from the last one."""
        days_ago = demo.REVIEWED_DAYS_AGO[key]
        return {
            "reviewer": reviewer,
            "last_reviewed": timezone.localdate() - datetime.timedelta(days=days_ago),
        }

    def child(self, parent, model, *, slug, tags=(), **fields):
        """A new published child page."""
        page = model(slug=slug, **fields)
        # Written here, not in the editor: cleaned as the editor would have.
        clean_rich_text_fields(page)
        parent.add_child(instance=page)
        if tags:
            page.tags.add(*tags)
        page.save_revision().publish()
        self.created.append(f"page “{page.title}”")
        return page

    def body_block(self, block, faqs, myths):
        block_type, value = block
        if block_type == "paragraph":
            return (block_type, RichText(value))
        if block_type == "list":
            return (
                block_type,
                {**value, "items": [RichText(item) for item in value["items"]]},
            )
        if block_type == "callout":
            return (block_type, {**value, "text": RichText(value["text"])})
        if block_type == "care_cards":
            return (
                block_type,
                {
                    level: RichText(text) if level != "heading" else text
                    for level, text in value.items()
                },
            )
        if block_type == "faq_group":
            return (block_type, self.faq_group(value, faqs))
        if block_type == "myth_cards":
            return (block_type, self.myth_group(value, myths))
        return (block_type, value)

    def references(self, item):
        return [("reference", demo.REFERENCES[key]) for key in item["references"]]

    def faq_group(self, group, faqs):
        return {
            "heading": group["heading"],
            "faqs": [faqs[slug] for slug in group["faqs"]],
        }

    def myth_group(self, group, myths):
        return {
            "heading": group["heading"],
            "myths": [myths[slug] for slug in group["myths"]],
        }

    def set_up_home(self, home, contact, articles, faq_page, myths_page):
        content = demo.HOME
        home.title = content["title"]
        home.intro = content["intro"]
        home.contact_page = contact
        home.contact_cta_text = content["contact_cta_text"]
        home.featured_heading = content["featured_heading"]
        home.featured_articles.set(
            [home.featured_articles.model(page=article) for article in articles]
        )
        home.signposts = [
            (
                "signpost",
                {"page": faq_page, "title": "", "text": content["faq_teaser"]},
            ),
            (
                "signpost",
                {"page": myths_page, "title": "", "text": content["myths_teaser"]},
            ),
        ]
        clean_rich_text_fields(home)
        home.save_revision().publish()
        self.created.append("home page content")
