from django.apps import AppConfig


class SEOConfig(AppConfig):
    name = "seo"
    verbose_name = "SEO and structured data"
