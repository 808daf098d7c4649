from django.conf import settings
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
    path("feed/", HealthInformationFeed(), name="feed"),
    path("", include(operations_urls)),
    path("", include(feedback_urls)),
    path("brand.css", brand_stylesheet, name="brand_stylesheet"),
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving stays last: it matches every remaining path.
urlpatterns += [path("", include(wagtail_urls))]
