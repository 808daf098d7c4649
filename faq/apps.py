from django.apps import AppConfig


class FAQConfig(AppConfig):
    name = "faq"
    verbose_name = "FAQs and myths"
