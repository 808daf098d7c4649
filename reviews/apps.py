from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Clinical review"

    def ready(self):
        # Models can only be imported once the app registry is ready.
        from . import publishing, translations  # noqa: PLC0415

        publishing.install()
        translations.install()
