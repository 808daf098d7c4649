"""What pages share with search engines and link previews: the share image."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class ShareImageMixin(models.Model):
    """An optional image for links to the page shared in messages and on social media."""

    share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Shown when a link to this page is shared. Leave blank to use the "
            "default share image from Clinic settings."
        ),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("share_image")]

    class Meta:
        abstract = True
