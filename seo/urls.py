from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from .sitemap import MultilingualSitemap
from .views import robots_txt

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", robots_txt),
]
