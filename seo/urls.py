from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from .views import robots_txt

urlpatterns = [
    path("sitemap.xml", sitemap),
    path("robots.txt", robots_txt),
]
