from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from articles.feeds import HealthInformationFeed
from feedback import urls as feedback_urls
from home.views import brand_stylesheet
from operations import urls as operations_urls
from seo import urls as seo_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include(seo_urls)),
    path("", include(operations_urls)),
    path("", include(feedback_urls)),
    path("brand.css", brand_stylesheet, name="brand_stylesheet"),
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Patients' pages and the feed, per language: the default language's addresses have
# no prefix (so a one-language clinic's addresses never change), the others /es/…
# Wagtail's page serving stays last: it matches every remaining path.
urlpatterns += i18n_patterns(
    path("feed/", HealthInformationFeed(), name="feed"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
