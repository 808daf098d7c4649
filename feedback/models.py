"""Readers' anonymous answers to "Was this page helpful?"."""

from django.db import models


class PageFeedback(models.Model):
    """One anonymous answer to "Was this page helpful?", with an optional comment."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="feedback",
        help_text="The page the feedback is about.",
    )
    helpful = models.BooleanField(help_text="The reader's answer: yes or no.")
    comment = models.TextField(
        max_length=500,
        blank=True,
        help_text="What the reader added, if anything. Never asked for personal details.",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "page feedback"
        verbose_name_plural = "page feedback"
        ordering = ["-created_at"]

    def __str__(self):
        answer = "helpful" if self.helpful else "not helpful"
        return f"{answer.capitalize()} (page {self.page_id})"
